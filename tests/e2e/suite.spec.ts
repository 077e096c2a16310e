import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../../app/testIds';

test('the app opens on its overview with the nested plugins listed', async ({ gotoAppPage, page }) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/overview' });
  await expect(page.getByTestId(testIds.app.page('overview'))).toContainText('Balanced Scorecard');
  await expect(page.getByTestId(testIds.app.page('overview'))).toContainText('Scorecard KPI');
});

test('the provisioned dashboard renders both panels from a plain table', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
  page,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: 'json/getting-started.json' });
  await gotoDashboardPage(dashboard);
  await expect(page.getByTestId(testIds.balancedPanel.summary)).toContainText('6 of 6 KPIs scored');
  // Purchase: 3100 of awareness's 48000 (6.5%) and of evaluation's 12600 (24.6%), third in the CSV's order.
  const purchase = page.getByTestId(testIds.funnelPanel.stage('purchase'));
  await expect(purchase).toContainText('6.5% of first');
  await expect(purchase).toContainText('24.6% of previous');
  await expect(page.getByTestId(testIds.funnelPanel.dropOff('purchase'))).toHaveText(/^9\D?500 lost \(75\.4%\)$/);
});

test('the provisioned KPI datasource passes Save & test through the proxy', async ({
  readProvisionedDataSource,
  gotoDataSourceConfigPage,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'scorecard.yaml', name: 'Scorecard KPI' });
  const configPage = await gotoDataSourceConfigPage(ds.uid);
  await expect(configPage.saveAndTest()).toBeOK();
});

test('the KPI datasource dashboard loads its variables and answers every panel without errors', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: 'json/kpi-datasource.json' });
  const dashboardPage = await gotoDashboardPage(dashboard);
  for (const title of ['KPI catalog', 'Net Promoter Score by segment, weekly', 'Lineage of the CLV to CAC ratio']) {
    await expect(dashboardPage.getPanelByTitle(title).getErrorIcon()).toBeHidden();
  }
  await expect(dashboardPage.getPanelByTitle('KPI catalog').fieldNames).toContainText(['id', 'name', 'perspective']);
});

test('the query editor lists KPIs from the server and runs a KPI query', async ({
  panelEditPage,
  readProvisionedDataSource,
  page,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'scorecard.yaml', name: 'Scorecard KPI' });
  await panelEditPage.datasource.set(ds.name);
  const row = panelEditPage.getQueryEditorRow('A');
  await row.getByTestId(testIds.datasource.queryType).click();
  await page.getByRole('option', { name: 'KPI', exact: true }).click();
  await row.getByTestId(testIds.datasource.picker('kpis')).click();
  await page.getByRole('option', { name: 'Net Promoter Score (customer.nps)' }).click();
  await expect(panelEditPage.refreshPanel()).toBeOK();
});

test('a query variable lists the segments of the events', async ({
  variableEditPage,
  readProvisionedDataSource,
  page,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'scorecard.yaml', name: 'Scorecard KPI' });
  await variableEditPage.setVariableType('Query');
  await variableEditPage.datasource.set(ds.name);
  await page.getByTestId(testIds.datasource.variableList).click();
  await page.getByRole('option', { name: 'Segments' }).click();
  await variableEditPage.runQuery();
  await expect(variableEditPage).toDisplayPreviews(['enterprise', 'mid-market', 'smb']);
});

test('the app reads the KPI server through its own proxy routes: the catalog lists the demo KPIs', async ({
  gotoAppPage,
  page,
}) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/catalog' });
  await expect(page.getByTestId(testIds.catalog.table)).toContainText('Net Promoter Score');
  await page.getByTestId(testIds.catalog.search).locator('input').fill('promoter');
  await expect(page.getByTestId(testIds.catalog.row('customer.nps'))).toBeVisible();
});

test('the overview scores the scorecards and verifies the audit chain', async ({ gotoAppPage, page }) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/overview' });
  await expect(page.getByTestId(testIds.overview.scorecard('northwind-corporate'))).toBeVisible();
  await expect(page.getByTestId(testIds.overview.audit)).toContainText('Intact');
});

test('governance shows the signed-in user and role, and the audit chain verifies', async ({ gotoAppPage, page }) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/governance' });
  await expect(page.getByTestId(testIds.governance.user)).toContainText('Admin');
  await page.getByTestId(testIds.governance.tab('audit')).click();
  await page.getByTestId(testIds.governance.verify).click();
  await expect(page.getByTestId(testIds.governance.verifyResult)).toContainText('verified');
});

test('the maturity page lists the demo cycles by unit and year and opens a released cycle with its report', async ({
  gotoAppPage,
  page,
}) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/maturity' });
  const cell = page.getByTestId(testIds.cycles.grid).getByRole('link').first();
  await expect(cell).toContainText('released');
  await cell.click();
  await expect(page.getByTestId(testIds.results.heatmap)).toBeVisible();
  await page.getByTestId(testIds.results.reportLink).click();
  await expect(page.getByTestId(testIds.report.section('stages'))).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId(testIds.report.download).click();
  expect((await download).suggestedFilename()).toMatch(/^maturity-.+-\d{4}\.pdf$/);
});

test('the benchmarks page shows each dimension of the demo model with the unit ranked', async ({
  gotoAppPage,
  page,
}) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/benchmarks?model=northwind-kpi-maturity' });
  await expect(page.getByTestId(testIds.benchmarks.rank('strategic-alignment'))).toContainText('percentile');
});

test('the escalations page lists the escalations of the demo policy with their delivery to the demo receiver', async ({
  gotoAppPage,
  page,
}) => {
  await gotoAppPage({ pluginId: 'scorecard-suite-app', path: '/escalations?kpi=learning.regretted-attrition' });
  const list = page.getByTestId(testIds.escalations.list);
  await expect(list).toContainText('below target 2 of the last 3 periods', { timeout: 60_000 });
  await list
    .getByTestId(/scorecard-escalations-select-/)
    .first()
    .click();
  await expect(page.getByTestId(testIds.escalations.detail)).toContainText('people-team');
});

test('the app configuration page shows the server URL and which tokens are set', async ({
  gotoAppConfigPage,
  page,
}) => {
  await gotoAppConfigPage({ pluginId: 'scorecard-suite-app' });
  await expect(page.getByTestId(testIds.config.serverUrl)).toBeVisible();
});
