// The datasource from dist/ tests its connection through the host's Grafana-like proxy to the real KPI server.
import type { Page, Request } from '@playwright/test';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';

interface Health {
  status: string;
  version?: string;
  store?: { kind: string };
  role?: string;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run through tests/browser/playwright.config.ts`);
  }
  return value;
}

async function directHealth(token?: string): Promise<Health> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const res = await fetch(`${env('KPI_URL')}/api/health`, { headers });
  expect(res.status).toBe(200);
  return res.json();
}

// Authorization headers the browser sent, by URL.
function recordAuthorization(page: Page): Array<Promise<string | undefined>> {
  const seen: Array<Promise<string | undefined>> = [];
  page.on('request', (req: Request) =>
    seen.push(req.allHeaders().then((h) => h.authorization && `${req.url()}: ${h.authorization}`))
  );
  return seen;
}

test('testDatasource succeeds through the proxy, which adds the token the browser never sees', async ({
  hostPage: page,
}) => {
  const sentAuthorization = recordAuthorization(page);
  const proxied = page.waitForResponse((res) =>
    res.url().endsWith('/api/datasources/proxy/uid/scorecard-kpi/api/health')
  );
  const result = await page.evaluate(async () =>
    (await window.host.createDatasource('scorecard-kpi')).testDatasource()
  );
  // without a token the server says only that it is up
  expect(await directHealth()).toEqual({ status: 'ok' });
  const server = await directHealth(env('KPI_TOKEN'));

  expect(result.status).toBe('success');
  expect(result.message).toContain(`KPI server ${server.version} (store: ${server.store?.kind})`);
  const seenByServer: Health = await (await proxied).json();
  expect(seenByServer.role).toBe('admin');
  expect((await Promise.all(sentAuthorization)).filter(Boolean)).toEqual([]);
  const token = env('KPI_TOKEN');
  expect(await page.content()).not.toContain(token);
  expect(await page.evaluate(() => JSON.stringify(Reflect.get(window, 'grafanaBootData')))).not.toContain(token);
});

test('the settings page shows the config editor and a successful test', async ({ hostPage: page }) => {
  const result = await page.evaluate(() =>
    window.host.renderDatasourceSettings({ uid: 'scorecard-kpi', theme: 'dark' })
  );
  expect(result.status).toBe('success');
  const editor = page.getByTestId(testIds.datasource.configEditor);
  await expect(editor).toBeVisible();
  await expect(editor.locator('input').first()).toHaveValue(env('KPI_URL'));
  await expect(page.getByTestId('data-testid datasource-test-result')).toContainText(result.message);
});

test('the proxy replaces an Authorization header sent by the browser', async ({ hostPage: page }) => {
  const health: Health = await page.evaluate(async () => {
    const res = await fetch('/api/datasources/proxy/uid/scorecard-kpi/api/health', {
      headers: { Authorization: 'Bearer forged' },
    });
    return res.json();
  });
  expect(health.role).toBe('admin');
});

test('a datasource provisioned with a wrong token fails with a readable message', async ({
  hostPage: page,
  allowProblem,
}) => {
  const url = /\/api\/datasources\/proxy\/uid\/scorecard-kpi-wrong-token\/api\/health/;
  allowProblem(url, 'the KPI server must answer 401 to a wrong token; that answer is what this test checks');
  const rejected = page.waitForResponse((res) => url.test(res.url()));
  const result = await page.evaluate(() =>
    window.host.renderDatasourceSettings({ uid: 'scorecard-kpi-wrong-token', theme: 'light' })
  );

  expect((await rejected).status()).toBe(401);
  expect(result.status).toBe('error');
  expect(result.message).toMatch(/401/);
  expect(result.message).toMatch(/token/i);
  await expect(page.getByTestId('data-testid datasource-test-result')).toContainText(result.message);
});
