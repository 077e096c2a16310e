// The `npm start` preview: app root page, provisioned dashboards, panel gallery, datasource health through the proxy.
import { APP_BASE } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { hostTestIds } from '../../host/src/testIds';
import { expect, hostUrl, test } from './fixtures';

// The test provisioning has a KPI datasource with a wrong token (401) and one whose server is unreachable (502).
const FAILING = /\/api\/datasources\/proxy\/uid\/scorecard-kpi-(wrong-token|unreachable)\//;

for (const theme of ['dark', 'light']) {
  test(`the preview shows the app, the gallery and datasource health (${theme})`, async ({ page, allowProblem }) => {
    allowProblem(FAILING, 'the preview tests every provisioned datasource, two of them failing on purpose');
    await page.goto(`${hostUrl()}/?theme=${theme}`);

    await expect(page).toHaveURL(new RegExp(`${APP_BASE}\\?theme=${theme}$`));
    await expect(page.getByTestId(testIds.app.root)).toBeVisible();
    await expect(page.getByTestId(testIds.balancedPanel.summary)).toContainText('5 of 5 KPIs scored');
    // The gallery's long example: retention 1100 of awareness 12000 (9.2%), after onboarding's 1500 (73.3%).
    await expect(page.getByTestId(testIds.funnelPanel.stage('retention'))).toContainText('9.2% of first');
    await expect(page.getByTestId(testIds.funnelPanel.stage('retention'))).toContainText('73.3% of previous');
    await expect(page.getByText('Scorecard KPI: success')).toBeVisible();
    await expect(page.getByText('Scorecard KPI (wrong token): error')).toBeVisible();
    await expect(page.getByText('Scorecard KPI (unreachable): error')).toBeVisible();
    await expect(page.getByText(/Grafana could not reach the KPI server \(502\)/)).toBeVisible();
  });
}

test('the preview lists the provisioned dashboards and renders one at /d/<uid> with URL variables', async ({
  page,
  allowProblem,
  snap,
}) => {
  allowProblem(FAILING, 'the preview tests every provisioned datasource, two of them failing on purpose');
  await page.goto(`${hostUrl()}/?theme=light`);
  const list = page.getByTestId(hostTestIds.preview.dashboards);
  await expect(list.getByTestId(hostTestIds.preview.dashboardLink('scorecard-getting-started'))).toHaveText(
    /Scorecard Suite: getting started/
  );
  await expect(list.getByTestId(hostTestIds.preview.dashboardLink('host-variables'))).toBeVisible();
  await list.getByTestId(hostTestIds.preview.dashboardLink('scorecard-getting-started')).click();

  await expect(page).toHaveURL(/\/d\/scorecard-getting-started\?theme=light$/);
  await expect(page.getByTestId(testIds.balancedPanel.root)).toBeVisible();
  await expect(page.getByTestId(testIds.funnelPanel.root)).toBeVisible();
  await snap('preview-dashboard-getting-started');

  await page.goto(`${hostUrl()}/d/host-variables?var-region=amer&var-env=Production`);
  await expect(page.getByText('Formats of amer')).toBeVisible();
  await expect(page.getByText('Environment: Production (prod)')).toBeVisible();
});
