import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { matchAppRoute } from './pluginProxy';
import { appPluginRoutes, signedIn, testHost } from './testHost';

interface Seen {
  url: string;
  authorization?: string;
  user?: string;
  cookie?: string;
}

describe('the app plugin proxy', () => {
  let upstream: http.Server;
  let seen: Seen[];
  let host: FastifyInstance;

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.push({
        url: req.url ?? '',
        authorization: req.headers.authorization,
        user: String(req.headers['x-grafana-user']),
        cookie: req.headers.cookie,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    host = await testHost({
      enabled: true,
      pinned: true,
      jsonData: { serverUrl: `http://127.0.0.1:${port}` },
      secureJsonData: { viewerToken: 'v-secret', editorToken: 'e-secret', approverToken: 'a-secret' },
    });
  });
  beforeEach(() => (seen = []));
  afterAll(async () => {
    await host.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('picks the route by path segment and keeps the rest, as plugin.json maps it under /api', () => {
    const routes = appPluginRoutes();
    expect(routes.map((r) => [r.path, r.reqRole])).toEqual([
      ['viewer', 'Viewer'],
      ['editor', 'Editor'],
      ['admin', 'Admin'],
    ]);
    expect(matchAppRoute(routes, 'GET', 'viewer/v1/catalog')).toMatchObject({
      route: { path: 'viewer' },
      rest: 'v1/catalog',
    });
    expect(matchAppRoute(routes, 'GET', 'viewer/health')?.rest).toBe('health');
    expect(matchAppRoute(routes, 'GET', 'viewers/health')).toBeUndefined();
  });

  it('refuses a Viewer on the admin route with 403 and sends nothing to the target', async () => {
    const res = await host.inject({
      method: 'POST',
      url: '/api/plugin-proxy/scorecard-suite-app/admin/v1/kpis/k/versions/1/approve',
      headers: { ...signedIn('vera', 'Viewer'), 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ message: 'plugin proxy route access denied' });
    expect(seen).toEqual([]);
  });

  it('refuses an Editor on the admin route but lets them use the editor route with the editor token', async () => {
    const denied = await host.inject({
      url: '/api/plugin-proxy/scorecard-suite-app/admin/v1/audit',
      headers: signedIn('ed', 'Editor'),
    });
    expect(denied.statusCode).toBe(403);
    const res = await host.inject({
      url: '/api/plugin-proxy/scorecard-suite-app/editor/v1/kpis',
      headers: signedIn('ed', 'Editor'),
    });
    expect(res.statusCode).toBe(200);
    expect(seen).toEqual([{ url: '/api/v1/kpis', authorization: 'Bearer e-secret', user: 'ed', cookie: undefined }]);
  });

  it("lets an Admin reach the admin route with the approver token and their login, never the browser's credentials", async () => {
    const res = await host.inject({
      url: '/api/plugin-proxy/scorecard-suite-app/admin/v1/audit?limit=5',
      headers: { ...signedIn('bob', 'Admin'), authorization: 'Bearer forged', 'x-grafana-user': 'mallory' },
    });
    expect(res.statusCode).toBe(200);
    expect(seen).toEqual([
      { url: '/api/v1/audit?limit=5', authorization: 'Bearer a-secret', user: 'bob', cookie: undefined },
    ]);
  });

  it('signs in the default admin without a cookie, and answers 404 for an unknown route', async () => {
    await host.inject({ url: '/api/plugin-proxy/scorecard-suite-app/viewer/health' });
    expect(seen).toEqual([{ url: '/api/health', authorization: 'Bearer v-secret', user: 'admin', cookie: undefined }]);
    const res = await host.inject({ url: '/api/plugin-proxy/scorecard-suite-app/nope/health' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ message: 'plugin route match not found' });
  });

  it('answers settings with the names of set secrets only, and keeps a secret an empty string would erase', async () => {
    const before = await host.inject({ url: '/api/plugins/scorecard-suite-app/settings' });
    expect(before.body).not.toMatch(/-secret/);
    expect(before.json()).toMatchObject({
      secureJsonFields: { viewerToken: true, editorToken: true, approverToken: true },
    });
    expect(before.json()).not.toHaveProperty('secureJsonData');
    const post = (payload: unknown, who = signedIn('admin', 'Admin')) =>
      host.inject({
        method: 'POST',
        url: '/api/plugins/scorecard-suite-app/settings',
        headers: who,
        payload: payload as object,
      });
    expect((await post({ jsonData: {} }, signedIn('ed', 'Editor'))).statusCode).toBe(403);
    const serverUrl = String(before.json().jsonData.serverUrl);
    expect(
      (await post({ jsonData: { serverUrl }, secureJsonData: { viewerToken: '', editorToken: 'e2-secret' } }))
        .statusCode
    ).toBe(200);
    await host.inject({ url: '/api/plugin-proxy/scorecard-suite-app/viewer/health' });
    await host.inject({ url: '/api/plugin-proxy/scorecard-suite-app/editor/health' });
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer v-secret', 'Bearer e2-secret']);
    await post({ jsonData: { serverUrl }, secureJsonFields: { approverToken: false } });
    const after = await host.inject({ url: '/api/plugins/scorecard-suite-app/settings' });
    expect(after.json().secureJsonFields).toEqual({ viewerToken: true, editorToken: true });
  });
});
