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
  await expect(page.getByTestId(testIds.balancedPanel.frame(0))).toContainText('6 rows');
  await expect(page.getByTestId(testIds.funnelPanel.frame(0))).toContainText('stage: string');
});

test('the provisioned KPI datasource passes Save & test through the proxy', async ({
  readProvisionedDataSource,
  gotoDataSourceConfigPage,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'scorecard.yaml', name: 'Scorecard KPI' });
  const configPage = await gotoDataSourceConfigPage(ds.uid);
  await expect(configPage.saveAndTest()).toBeOK();
});
