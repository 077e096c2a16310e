import Fastify, { FastifyInstance } from 'fastify';
import { installErrorHandlers } from '../http/error-handlers';
import {
  ADMIN_TOKEN,
  ALICE_TOKEN,
  EDITOR_TOKEN,
  GRAFANA_TOKENS,
  testTokens,
  VIEWER_TOKEN,
} from '../test-support/fixtures';
import { installBearerAuth, requireRole } from './bearer';

function appWithEditorRoute(): FastifyInstance {
  const app = Fastify({ logger: false });
  installErrorHandlers(app);
  installBearerAuth(app, testTokens());
  app.get('/edit', { schema: {}, preHandler: requireRole('editor') }, async (request) => ({
    role: request.auth?.role,
  }));
  app.get('/who', { schema: {}, preHandler: requireRole('viewer') }, async (request) => request.auth);
  return app;
}

describe('requireRole', () => {
  const app = appWithEditorRoute();
  afterAll(() => app.close());

  const call = (token?: string) =>
    app.inject({
      method: 'GET',
      url: '/edit',
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  it('lets the required role and stronger ones through', async () => {
    expect((await call(EDITOR_TOKEN)).json()).toEqual({ role: 'editor' });
    expect((await call(ADMIN_TOKEN)).json()).toEqual({ role: 'admin' });
  });

  it('resolves what the token proves: its role, its identity and its kind', async () => {
    const who = (token: string) =>
      app.inject({ method: 'GET', url: '/who', headers: { authorization: `Bearer ${token}` } });
    expect((await who(EDITOR_TOKEN)).json()).toEqual({ role: 'editor', name: 'editor', kind: 'service' });
    expect((await who(ALICE_TOKEN)).json()).toEqual({ role: 'approver', name: 'alice', kind: 'person' });
    expect((await who(GRAFANA_TOKENS.viewer)).json()).toEqual({ role: 'viewer', name: 'grafana', kind: 'grafana' });
  });

  it('answers 403 to a weaker role', async () => {
    const res = await call(VIEWER_TOKEN);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      error: { code: 'forbidden', message: 'this needs the editor role; the token has viewer' },
    });
  });

  it('answers 401 without a token', async () => {
    const res = await call();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('answers 401 to an unknown token before the handler runs', async () => {
    const res = await call('not-a-token-at-all-0000');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: 'the bearer token is not valid' } });
  });
});
