// The datasource proxy against an echo upstream: method, path, query and body pass through; secrets are added server-side.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type RunningHost, startHost } from '../../host/server';
import { expect, test } from './fixtures';

interface Echo {
  method: string;
  url: string;
  authorization?: string;
  grafanaUser?: string;
  cookie?: string;
  body: string;
}

let upstream: http.Server;
let host: RunningHost;

test.beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const echo: Echo = {
        method: req.method ?? '',
        url: req.url ?? '',
        body,
        authorization: req.headers.authorization,
      };
      echo.grafanaUser = String(req.headers['x-grafana-user']);
      echo.cookie = req.headers.cookie;
      res.writeHead(418, { 'content-type': 'application/json', 'x-upstream': 'echo' }).end(JSON.stringify(echo));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const address = upstream.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const provisioning = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-proxy-'));
  fs.mkdirSync(path.join(provisioning, 'datasources'));
  const yaml =
    'apiVersion: 1\ndatasources:\n  - {name: Echo, type: scorecard-kpi-datasource, uid: echo, jsonData: {url: "$ECHO_URL"}, secureJsonData: {token: "${ECHO_TOKEN}"}}\n';
  fs.writeFileSync(path.join(provisioning, 'datasources/echo.yaml'), yaml);
  fs.mkdirSync(path.join(provisioning, 'plugins'));
  const apps =
    'apiVersion: 1\napps:\n  - type: scorecard-suite-app\n    jsonData: {serverUrl: "${ECHO_URL}"}\n    secureJsonData: {viewerToken: v-secret, editorToken: e-secret, approverToken: "${APPROVER}"}\n';
  fs.writeFileSync(path.join(provisioning, 'plugins/apps.yaml'), apps);
  const env = { ECHO_URL: `http://127.0.0.1:${port}`, ECHO_TOKEN: 'echo-secret', APPROVER: 'a-secret' };
  const grafana = process.env.HOST_GRAFANA === '13' ? 13 : 12;
  host = await startHost({ root: path.resolve(__dirname, '../..'), provisioningDir: provisioning, env, grafana });
});

test.afterAll(async () => {
  await host.close();
  await new Promise((resolve) => upstream.close(resolve));
});

test('a POST passes through with its query and body, and comes back with the upstream status and body', async ({
  page,
  allowProblem,
}) => {
  allowProblem(
    /^418 POST .*\/proxy\/uid\/echo\/|status of 418/,
    'the echo upstream answers 418 to show that the status passes through unchanged'
  );
  await page.goto(`${host.url}/test`);
  const answer = await page.evaluate(async () => {
    const res = await fetch('/api/datasources/proxy/uid/echo/api/v1/query?from=1&to=2', {
      method: 'POST',
      headers: { Authorization: 'Bearer forged', 'Content-Type': 'application/json' },
      body: JSON.stringify({ queries: [{ refId: 'A' }] }),
    });
    const text = await res.text();
    document.body.textContent = `${res.status} ${text}`;
    return { status: res.status, upstream: res.headers.get('x-upstream'), echo: JSON.parse(text) };
  });
  expect(answer.status).toBe(418);
  expect(answer.upstream).toBe('echo');
  expect(answer.echo).toEqual({
    method: 'POST',
    url: '/api/v1/query?from=1&to=2',
    authorization: 'Bearer echo-secret',
    grafanaUser: 'admin',
    body: JSON.stringify({ queries: [{ refId: 'A' }] }),
  });
});

test("the app's plugin proxy checks the signed-in user's role and sends their login, as Grafana does", async ({
  page,
  allowProblem,
}) => {
  allowProblem(
    /^(403|418) .*\/plugin-proxy\/|status of (403|418)/,
    'a refused Viewer (403) and the echo upstream (418)'
  );
  await page.goto(`${host.url}/test`);
  const approve = '/api/plugin-proxy/scorecard-suite-app/admin/v1/kpis/k/versions/1/approve';
  const call = (url: string) =>
    page.evaluate(async (target) => {
      const res = await fetch(target, { method: 'POST', headers: { Authorization: 'Bearer forged' }, body: '{}' });
      return { status: res.status, body: JSON.parse(await res.text()) };
    }, url);

  const viewer = await page.evaluate(() => window.host.signIn({ login: 'vera', role: 'Viewer' }));
  expect(viewer).toEqual({ login: 'vera', name: 'vera', orgRole: 'Viewer', isGrafanaAdmin: false });
  expect(await call(approve)).toEqual({ status: 403, body: { message: 'plugin proxy route access denied' } });

  await page.evaluate(() => window.host.signIn({ login: 'bob', role: 'Admin' }));
  const admin = await call(approve);
  expect(admin.status).toBe(418);
  expect(admin.body).toMatchObject({
    method: 'POST',
    url: '/api/v1/kpis/k/versions/1/approve',
    authorization: 'Bearer a-secret',
    grafanaUser: 'bob',
  });
  expect(admin.body.cookie).toBeUndefined();

  // the page is served for the signed-in user: Grafana's boot data says who it is
  await page.reload();
  const boot = await page.evaluate(() => JSON.stringify(Reflect.get(window, 'grafanaBootData')));
  expect(JSON.parse(boot).user).toMatchObject({ login: 'bob', orgRole: 'Admin', isGrafanaAdmin: false });
  const settings = await page.evaluate(async () => (await fetch('/api/plugins/scorecard-suite-app/settings')).text());
  for (const secret of ['v-secret', 'e-secret', 'a-secret']) {
    expect(settings).not.toContain(secret);
  }
  expect(JSON.parse(settings).secureJsonFields).toEqual({ viewerToken: true, editorToken: true, approverToken: true });
});
