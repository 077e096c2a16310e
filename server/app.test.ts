import { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { HttpError } from './http/http-error';
import { openStore } from './store/open-store';
import { Store } from './store/store';
import { ADMIN_TOKEN, collectingStream, testTokens, unreachable, VIEWER_TOKEN } from './test-support/fixtures';
import { readPackageVersion } from './version';

let store: Store;

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
});

afterAll(() => store.close());

function app(overrides: Partial<Parameters<typeof buildApp>[0]> = {}): FastifyInstance {
  return buildApp({ store, tokens: testTokens(), logger: false, ...overrides });
}

describe('GET /api/health', () => {
  it('answers without a token, with the version and store', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      version: readPackageVersion(),
      store: { kind: 'duckdb', location: ':memory:' },
    });
  });

  it.each([
    [`Bearer ${VIEWER_TOKEN}`, 'viewer'],
    [`Bearer ${ADMIN_TOKEN}`, 'admin'],
    [`bearer   ${ADMIN_TOKEN}`, 'admin'],
  ])('adds the role of a valid token (%s)', async (authorization, role) => {
    const res = await app().inject({ method: 'GET', url: '/api/health', headers: { authorization } });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe(role);
  });

  it.each([`Bearer ${VIEWER_TOKEN}x`, 'Bearer', `Basic ${ADMIN_TOKEN}`, `Bearer ${ADMIN_TOKEN} extra`])(
    'answers 401 in the error shape for a bad Authorization header (%s)',
    async (authorization) => {
      const res = await app().inject({ method: 'GET', url: '/api/health', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="scorecard"');
      expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  );

  it('answers 503 when the store does not answer', async () => {
    const res = await app({ store: unreachable(store) }).inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'store_unavailable', message: 'the duckdb store does not answer' } });
  });

  it('uses the version it is given', async () => {
    const res = await app({ version: '9.9.9' }).inject({ method: 'GET', url: '/api/health' });
    expect(res.json().version).toBe('9.9.9');
  });
});

describe('errors', () => {
  function appWithTestRoutes(bodyLimit?: number): FastifyInstance {
    const server = app(bodyLimit === undefined ? {} : { bodyLimit });
    const body = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, spec: { type: 'object', properties: { target: { type: 'number' } } } },
    };
    server.post('/test/echo', { schema: { body } }, async (request) => request.body);
    server.get('/test/crash', { schema: {} }, async () => {
      throw new Error('secret internals');
    });
    server.get('/test/conflict', { schema: {} }, async () => {
      throw new HttpError(409, 'version_conflict', 'stale version 3', 'headers.if-match');
    });
    return server;
  }

  it('answers 404 for unknown routes in the error shape, without the query string', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/v1/nothing?token=abc' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/nothing' } });
  });

  it('hides the details of unexpected errors', async () => {
    const res = await appWithTestRoutes().inject({ method: 'GET', url: '/test/crash' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
  });

  it('sends HttpError status, code, message and path as they are', async () => {
    const res = await appWithTestRoutes().inject({ method: 'GET', url: '/test/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: { code: 'version_conflict', message: 'stale version 3', path: 'headers.if-match' },
    });
  });

  it.each([
    [{}, 'body.name'],
    [{ name: 'x', spec: { target: 'high' } }, 'body.spec.target'],
  ])('reports schema violations with the offending path (%j)', async (payload, path) => {
    const res = await appWithTestRoutes().inject({ method: 'POST', url: '/test/echo', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String), path } });
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await appWithTestRoutes().inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('answers 413 past the body limit', async () => {
    const server = appWithTestRoutes(64);
    const small = await server.inject({ method: 'POST', url: '/test/echo', payload: { name: 'ok' } });
    expect(small.statusCode).toBe(200);
    const big = await server.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x'.repeat(100) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });
});

describe('logging', () => {
  it('writes JSON lines and never the token or Authorization header', async () => {
    const stream = collectingStream();
    const server = app({ logger: { level: 'trace', stream } });
    server.get('/test/log-headers', { schema: {} }, async (request) => {
      request.log.info({ req: { headers: request.headers }, token: ADMIN_TOKEN }, 'headers seen');
      return {};
    });
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    await server.inject({ method: 'GET', url: '/api/health', headers });
    await server.inject({
      method: 'GET',
      url: '/api/health',
      headers: { authorization: 'Bearer wrong-token-0000000000' },
    });
    await server.inject({ method: 'GET', url: '/test/log-headers', headers });
    const text = stream.lines.join('');
    expect(stream.lines.length).toBeGreaterThan(4);
    stream.lines.forEach((line) => expect(() => JSON.parse(line)).not.toThrow());
    expect(text).toContain('headers seen');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(ADMIN_TOKEN);
    expect(text).not.toContain('wrong-token-0000000000');
  });
});
