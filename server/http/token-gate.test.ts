import { FastifyInstance } from 'fastify';
import { request } from 'node:http';
import { buildApp } from '../app';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { ADMIN_TOKEN, testTokens, VIEWER_TOKEN } from '../test-support/fixtures';
import { createValues, type Values } from '../values/create-values';

const MB = 1024 * 1024;
let store: Store;
let values: Values;
let app: FastifyInstance;
// requests (but health) that got past onRequest into body reading, or into validation
const reached = { parsing: 0, validation: 0 };

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.migrate();
  const registry = await createRegistry(store);
  values = createValues(store, registry);
  app = buildApp({ store, tokens: testTokens(), logger: false, registry, values });
  const counted = (url: string | undefined) => url !== '/api/health';
  app.addHook('preParsing', async (req) => void (counted(req.routeOptions.url) && reached.parsing++));
  app.addHook('preValidation', async (req) => void (counted(req.routeOptions.url) && reached.validation++));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await values.close();
  await store.close();
});
beforeEach(() => {
  reached.parsing = 0;
  reached.validation = 0;
});

const json = { 'content-type': 'application/json' };
const bigBody = (bytes: number) => JSON.stringify({ documents: [{ padding: 'x'.repeat(bytes) }] });

describe('the token gate', () => {
  it('refuses a token-less 8 MB body with 401 before reading it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/apply',
      headers: json,
      payload: bigBody(8 * MB - 100),
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="scorecard"');
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/bearer token/) } });
    expect(reached).toEqual({ parsing: 0, validation: 0 });
  });

  it('answers 401, not 400, to token-less invalid JSON and to a body that breaks the schema', async () => {
    const broken = await app.inject({ method: 'POST', url: '/api/v1/query', headers: json, payload: '{"from": ' });
    expect(broken.statusCode).toBe(401);
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/query',
      headers: json,
      payload: '{"queries": 5}',
    });
    expect(invalid.statusCode).toBe(401);
    expect(reached).toEqual({ parsing: 0, validation: 0 });
  });

  it('answers 401, not 413 or 415, to token-less bodies the server would refuse anyway', async () => {
    const tooBig = await app.inject({ method: 'POST', url: '/api/v1/apply', headers: json, payload: bigBody(9 * MB) });
    expect(tooBig.statusCode).toBe(401);
    const headers = { 'content-type': 'text/csv' };
    const csv = await app.inject({ method: 'POST', url: '/api/v1/apply', headers, payload: 'a,b' });
    expect(csv.statusCode).toBe(401);
    expect(reached).toEqual({ parsing: 0, validation: 0 });
  });

  it('lets a valid token through to parsing and validation', async () => {
    const headers = { ...json, authorization: `Bearer ${VIEWER_TOKEN}` };
    const res = await app.inject({ method: 'POST', url: '/api/v1/query', headers, payload: '{"from": ' });
    expect(res.statusCode).toBe(400);
    expect(reached.parsing).toBe(1);
  });

  it.each(['/api/v1/nothing', '/api/%761/query', '/', '/api/health/'])(
    'needs a token for any route but /api/health (%s)',
    async (url) => {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
  );

  it('serves /api/health without a token, and unknown routes with a 404 to a valid one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health?probe=1' })).statusCode).toBe(200);
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing', headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

/** POSTs `bytes` of JSON over a real socket without a token; resolves with the status. */
function postTokenless(port: number, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ port, method: 'POST', path: '/api/v1/apply', headers: { ...json, 'content-length': bytes } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // the server may close the socket once it has answered 401
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? 0 : reject(err)
    );
    req.end(Buffer.alloc(bytes, 0x20));
  });
}

describe('the token gate over HTTP', () => {
  it('answers token-less 8 MB bodies with 401 while /api/health keeps answering', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const posts = Array.from({ length: 4 }, () => postTokenless(port, 8 * MB));
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await Promise.all(posts)).toEqual([401, 401, 401, 401]);
    expect(reached).toEqual({ parsing: 0, validation: 0 });
  });
});
