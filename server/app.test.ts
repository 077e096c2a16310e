import { FastifyInstance } from 'fastify';
import { connect } from 'node:net';
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
  it('answers without a token that the server is up, and nothing else', async () => {
    const res = await app({ store: unreachable(store) }).inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it.each([
    [`Bearer ${VIEWER_TOKEN}`, 'viewer'],
    [`Bearer ${ADMIN_TOKEN}`, 'admin'],
    [`bearer   ${ADMIN_TOKEN}`, 'admin'],
  ])('adds the version, the store kind and the role for a valid token (%s)', async (authorization, role) => {
    const res = await app().inject({ method: 'GET', url: '/api/health', headers: { authorization } });
    expect(res.statusCode).toBe(200);
    const storeState = { kind: 'duckdb', state: expect.stringMatching(/^(ok|busy)$/) };
    expect(res.json()).toEqual({ status: 'ok', version: readPackageVersion(), store: storeState, role });
  });

  it('never shows the store path or URL, with or without a token', async () => {
    const secret: Store = { ...unreachable(store), location: '/srv/secret/scorecard.duckdb', ping: () => store.ping() };
    for (const headers of [{}, { authorization: `Bearer ${ADMIN_TOKEN}` }]) {
      const res = await app({ store: secret }).inject({ method: 'GET', url: '/api/health', headers });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('secret');
    }
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

  it('answers 503 to a valid token when the store does not answer', async () => {
    const headers = { authorization: `Bearer ${VIEWER_TOKEN}` };
    const res = await app({ store: unreachable(store) }).inject({ method: 'GET', url: '/api/health', headers });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'store_unavailable', message: 'the duckdb store does not answer' } });
  });

  it('reports a store that is slow to answer as busy instead of waiting for it', async () => {
    let answer = (): void => undefined;
    const slow: Store = { ...unreachable(store), ping: () => new Promise<void>((resolve) => (answer = resolve)) };
    const headers = { authorization: `Bearer ${VIEWER_TOKEN}` };
    const res = await app({ store: slow }).inject({ method: 'GET', url: '/api/health', headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().store).toEqual({ kind: 'duckdb', state: 'busy' });
    answer();
  });

  it('uses the version it is given', async () => {
    const headers = { authorization: `Bearer ${VIEWER_TOKEN}` };
    const res = await app({ version: '9.9.9' }).inject({ method: 'GET', url: '/api/health', headers });
    expect(res.json().version).toBe('9.9.9');
  });
});

describe('errors', () => {
  const auth = { authorization: `Bearer ${VIEWER_TOKEN}` };

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
    server.get('/test/items/:id', { schema: {} }, async () => ({}));
    return server;
  }

  const errorShape = (code: string) => ({ error: { code, message: expect.any(String) } });

  it('answers 404 for unknown routes in the error shape, without the query string', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/v1/nothing?token=abc', headers: auth });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/nothing' } });
  });

  it('hides the details of unexpected errors', async () => {
    const res = await appWithTestRoutes().inject({ method: 'GET', url: '/test/crash', headers: auth });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
  });

  it('sends HttpError status, code, message and path as they are', async () => {
    const res = await appWithTestRoutes().inject({ method: 'GET', url: '/test/conflict', headers: auth });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: { code: 'version_conflict', message: 'stale version 3', path: 'headers.if-match' },
    });
  });

  it.each([
    [{}, 'body.name'],
    [{ name: 'x', spec: { target: 'high' } }, 'body.spec.target'],
  ])('reports schema violations with the offending path (%j)', async (payload, path) => {
    const res = await appWithTestRoutes().inject({ method: 'POST', url: '/test/echo', headers: auth, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String), path } });
  });

  it.each([
    ['malformed JSON', '{"name": ', 400, 'bad_request'],
    ['an empty JSON body', '', 400, 'bad_request'],
    ['a prototype-poisoning body', '{"name": "x", "__proto__": {"admin": true}}', 400, 'bad_request'],
  ])('answers %s in the error shape', async (_what, payload, status, code) => {
    const headers = { ...auth, 'content-type': 'application/json' };
    const res = await appWithTestRoutes().inject({ method: 'POST', url: '/test/echo', headers, payload });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual(errorShape(code));
  });

  it('answers 415 in the error shape to a body it cannot read', async () => {
    const headers = { ...auth, 'content-type': 'text/csv' };
    const res = await appWithTestRoutes().inject({ method: 'POST', url: '/test/echo', headers, payload: 'a,b' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual(errorShape('unsupported_media_type'));
  });

  it('answers 413 past the body limit', async () => {
    const server = appWithTestRoutes(64);
    const small = await server.inject({ method: 'POST', url: '/test/echo', headers: auth, payload: { name: 'ok' } });
    expect(small.statusCode).toBe(200);
    const payload = { name: 'x'.repeat(100) };
    const big = await server.inject({ method: 'POST', url: '/test/echo', headers: auth, payload });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual(errorShape('payload_too_large'));
  });

  it('answers 414 and 400 for URLs the router refuses, in the error shape', async () => {
    const server = appWithTestRoutes();
    const long = await server.inject({ method: 'GET', url: `/test/items/${'a'.repeat(200)}`, headers: auth });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual(errorShape('uri_too_long'));
    const bad = await server.inject({ method: 'GET', url: '/test/items/%E0%A4%A', headers: auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual(errorShape('bad_request'));
  });

  it.each([
    [
      'a request line past 16 KiB',
      `GET /api/health?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      'headers_too_large',
    ],
    ['garbage', 'NOT HTTP AT ALL\r\n\r\n', 400, 'bad_request'],
  ])('answers %s, refused by the HTTP parser, in the error shape', async (_what, raw, status, code) => {
    const server = app();
    await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = server.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      const answer = await rawRequest(port, raw);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(JSON.parse(body)).toEqual(errorShape(code));
    } finally {
      await server.close();
    }
  });
});

describe('closing', () => {
  it('answers a request that arrives while the server drains with 503 in the error shape', async () => {
    const server = app();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    // a request begun before close() and finished after it
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write('\r\n');
    await closed;
    await closing;
    const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1.1 503 /);
    expect(JSON.parse(body)).toEqual({ error: { code: 'shutting_down', message: expect.any(String) } });
  });
});

/** Writes `raw` to the port and collects everything the server sends until it closes the connection. */
function rawRequest(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

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

  it('logs a failed request with its stack but without a connection string', async () => {
    const stream = collectingStream();
    const server = app({ logger: { level: 'info', stream } });
    server.get('/test/db-down', { schema: {} }, async () => {
      throw new Error('cannot reach postgres://kpi:hunter2@db.internal/kpis');
    });
    const res = await server.inject({
      method: 'GET',
      url: '/test/db-down',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    const text = stream.lines.join('');
    expect(text).toContain('cannot reach <url>');
    expect(text).toContain('app.test.ts');
    expect(text).not.toContain('hunter2');
  });
});
