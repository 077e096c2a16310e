// The app plugin's root page renders under Grafana's routers and its pages are reachable by tab, history and URL.
import { APP_BASE, APP_PAGES } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';

const BASE = APP_BASE;
const pages = APP_PAGES;

test('the root page renders in the dark theme', async ({ hostPage: page }) => {
  await page.evaluate(() => window.host.renderApp({ theme: 'dark' }));
  await expect(page.getByTestId(testIds.app.root)).toBeVisible();
  await expect(page.getByTestId(testIds.app.nav)).toBeVisible();
  await expect(page.getByTestId(testIds.app.page('overview'))).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(BASE);
});

test('the root page renders in the light theme', async ({ hostPage: page }) => {
  await page.evaluate(() => window.host.renderApp({ theme: 'light' }));
  await expect(page.getByTestId(testIds.app.root)).toBeVisible();
  await expect(page.getByTestId(testIds.app.page('overview'))).toBeVisible();
});

test('tabs navigate between pages and history goes back', async ({ hostPage: page, snap }) => {
  await page.evaluate(() => window.host.renderApp({ theme: 'dark' }));
  for (const target of pages.slice(1)) {
    await page.getByTestId(testIds.app.root).getByRole('tab', { name: target.title }).click();
    await expect(page.getByTestId(testIds.app.page(target.id))).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`${BASE}/${target.id}`);
  }
  await snap('app-benchmarks-page');
  await page.goBack();
  await expect(page.getByTestId(testIds.app.page('maturity'))).toBeVisible();
});

test('a deep link opens its page', async ({ hostPage: page }) => {
  await page.evaluate((path) => window.host.renderApp({ path, theme: 'dark' }), `${BASE}/governance`);
  await expect(page.getByTestId(testIds.app.page('governance'))).toBeVisible();
  await page.evaluate((path) => window.host.navigate(path), `${BASE}/catalog`);
  await expect(page.getByTestId(testIds.app.page('catalog'))).toBeVisible();
});
