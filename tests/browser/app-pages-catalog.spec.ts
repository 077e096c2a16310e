// The KPI catalog and a KPI's page against the real KPI server with the demo's data, in both themes.
import { APP_BASE } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import {
  approveKpi,
  asUser,
  catalog,
  kpiDocument,
  openApp,
  proposeKpi,
  provisioned,
  THEMES,
  uniqueId,
} from './app-pages-support';

const ids = testIds.catalog;
const SLOW = { timeout: 60_000 };
const COUNT = /^(\d+) of (\d+) KPIs$/;

for (const theme of THEMES) {
  test(`search and filters narrow the catalog and live in the URL (${theme})`, async ({ hostPage: page, snap }) => {
    test.slow(); // a dozen filter steps against a server other workers keep busy
    const viewer = await asUser('victor', 'Viewer');
    const learning = (await catalog(viewer)).filter((k) => k.perspective === 'learning-growth');
    await viewer.dispose();
    const [wanted] = provisioned('kpis-learning-growth.yaml').filter(
      (d) => d.spec.name === 'Employee Net Promoter Score'
    );
    const [other] = provisioned('kpis-financial.yaml');
    if (!wanted || !other) {
      throw new Error('provisioning/scorecards lost the KPIs this test searches for');
    }
    await openApp(page, 'catalog', theme, { login: 'victor', role: 'Viewer' });
    await expect(page.getByTestId(ids.row(other.metadata.id))).toBeVisible(SLOW);

    await page.getByLabel('Search KPIs').fill(String(wanted.spec.name));
    await expect(page.getByTestId(ids.row(wanted.metadata.id))).toBeVisible();
    await expect(page.getByTestId(ids.row(other.metadata.id))).toHaveCount(0);
    const narrowed = COUNT.exec((await page.getByTestId(ids.count).textContent()) ?? '');
    expect(Number(narrowed?.[1])).toBeLessThan(Number(narrowed?.[2]));
    expect(new URL(page.url()).searchParams.get('q')).toBe(wanted.spec.name);
    await page.getByLabel('Search KPIs').fill('');

    await page.getByTestId(ids.filter('perspective')).click();
    await page.getByRole('option', { name: 'learning-growth', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(ids.count)).toHaveText(new RegExp(`^${learning.length} of \\d+ KPIs$`));
    await page.getByTestId(ids.filter('state')).click();
    await page.getByRole('option', { name: 'approved', exact: true }).click();
    await page.keyboard.press('Escape');
    const approved = learning.filter((k) => k.state === 'approved').length;
    await expect(page.getByTestId(ids.count)).toHaveText(new RegExp(`^${approved} of \\d+ KPIs$`));
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('perspective')).toEqual(['learning-growth']);
    expect(params.getAll('state')).toEqual(['approved']);
    await expect(page.getByTestId(ids.row(other.metadata.id))).toHaveCount(0);
    await snap(`app-catalog-filtered-${theme}`, { name: `app-catalog-${theme}` });

    // The URL alone restores the filters (a shared link).
    await page.evaluate((path) => window.host.navigate(path), `${APP_BASE}/catalog`);
    await expect(page.getByTestId(ids.row(other.metadata.id))).toBeVisible();
    await page.evaluate((path) => window.host.navigate(path), `${APP_BASE}/catalog?${params.toString()}`);
    await expect(page.getByTestId(ids.count)).toHaveText(new RegExp(`^${approved} of \\d+ KPIs$`));

    await page.getByTestId(ids.row(wanted.metadata.id)).getByRole('link').click();
    await expect(page.getByTestId(ids.kpi.root)).toBeVisible(SLOW);
    await expect(page.getByRole('heading', { name: String(wanted.spec.name) })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`${APP_BASE}/catalog/${wanted.metadata.id}`);
  });

  test(`a KPI's page compares two picked versions field by field (${theme})`, async ({ hostPage: page, snap }) => {
    const id = uniqueId('diff', theme);
    const alice = await asUser('alice', 'Editor');
    const admin = await asUser('admin', 'Admin');
    await approveKpi(admin, id, await proposeKpi(alice, kpiDocument(id, 90)));
    expect(await proposeKpi(alice, kpiDocument(id, 95))).toBe(2);
    await alice.dispose();
    await admin.dispose();

    await openApp(page, `catalog/${id}`, theme, { login: 'alice', role: 'Editor' });
    await expect(page.getByTestId(ids.kpi.version(1))).toContainText('approved', SLOW);
    await expect(page.getByTestId(ids.kpi.version(2))).toContainText('proposed');
    await expect(page.getByTestId(ids.kpi.version(2))).toContainText('by alice');

    await page.getByTestId(ids.kpi.diffTo).click();
    await page.getByRole('option', { name: 'v1', exact: true }).click();
    await expect(page.getByTestId(ids.kpi.diff)).toContainText('v1 and v1 define the KPI the same way', SLOW);
    await page.getByTestId(ids.kpi.diffTo).click();
    await page.getByRole('option', { name: 'v2', exact: true }).click();
    // v1 → v2 changed the target 90 → 95 (and the goal threshold that follows it).
    const target = page.getByTestId(ids.kpi.diff).getByRole('row').filter({ hasText: 'target' });
    await expect(target).toContainText('90', SLOW);
    await expect(target).toContainText('95');
    await expect(page.getByTestId(ids.kpi.diff).getByRole('row').filter({ hasText: 'goal' })).toContainText('95');
    await snap(`app-kpi-page-${theme}`, { name: `app-kpi-page-${theme}` });
  });
}
