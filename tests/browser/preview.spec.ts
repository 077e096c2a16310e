// The `npm start` preview: app root page, provisioned dashboards, panel gallery, datasource health through the proxy.
import { APP_BASE, APP_ID } from '../../app/constants';
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
  allowProblem(/net::ERR_ABORTED/, "going to the next URL aborts the overview's and icons' requests still in flight");
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

// Grafana's own e2e selectors for the pickers' parts (@grafana/e2e-selectors).
const TIME_PICKER_BUTTON = 'data-testid TimePicker Open Button';
const SELECT_OPTION = 'data-testid Select option';
const DAY_MS = 86_400_000;
// The first render waits for every panel's queries; two workers share two busy cores.
const FIRST_RENDER = { timeout: 60_000 };

test('the time picker changes the range in the URL and the panels query the new range', async ({ page }) => {
  await page.goto(`${hostUrl()}/d/scorecard-kpi-datasource?theme=dark`);
  const picker = page.getByTestId(TIME_PICKER_BUTTON);
  // The dashboard's own range (now-90d to now) in its time zone (utc).
  await expect(picker).toHaveText(/Last 90 days\s*UTC/, FIRST_RENDER);
  await expect(page.getByTestId(hostTestIds.panel).first()).toHaveAttribute('data-status', 'ok');

  const query = page.waitForRequest((req) => {
    if (req.method() !== 'POST' || !/\/api\/datasources\/proxy\/uid\/scorecard-kpi\/.*v1\/query$/.test(req.url())) {
      return false;
    }
    const body: unknown = req.postDataJSON();
    const range = body && typeof body === 'object' && 'from' in body && 'to' in body ? body : undefined;
    // now-30d to now in UTC: 30 days, give or take the clock ticking between parsing "now-30d" and "now", as in Grafana.
    return range !== undefined && Math.abs(Number(range.to) - Number(range.from) - 30 * DAY_MS) < 60_000;
  });
  await picker.click();
  await page.getByText('Last 30 days', { exact: true }).click();

  await expect(page).toHaveURL(/\/d\/scorecard-kpi-datasource\?theme=dark&from=now-30d&to=now$/);
  await expect(picker).toHaveText(/Last 30 days\s*UTC/);
  await query;
  await expect(page.getByTestId(hostTestIds.panel).first()).toHaveAttribute('data-status', 'ok');
});

test('variable pickers show the label, change the variable and the URL, and read it back on load', async ({ page }) => {
  await page.goto(`${hostUrl()}/d/host-variables?theme=light`);
  const region = page.getByTestId(hostTestIds.preview.variable('region'));
  const env = page.getByTestId(hostTestIds.preview.variable('env'));
  // region has the label "Region" and is multi-value (saved emea + apac); env has no label, so its name shows.
  await expect(region).toContainText('Region', FIRST_RENDER);
  await expect(region).toContainText('emea');
  await expect(region).toContainText('apac');
  await expect(env).toContainText('env');
  await expect(env).toContainText('Staging');
  await expect(page.getByTestId(hostTestIds.preview.variable('k'))).toHaveCount(0);
  await expect(page.getByText('Environment: Staging (stage)')).toBeVisible();

  await env.getByRole('combobox').click();
  await page
    .getByTestId(SELECT_OPTION)
    .filter({ hasText: /^Production$/ })
    .click();
  await expect(page).toHaveURL(/\/d\/host-variables\?theme=light&var-env=prod$/);
  await expect(page.getByText('Environment: Production (prod)')).toBeVisible();

  // A multi pick is committed when the menu closes; All replaces the other values.
  await region.getByRole('combobox').click();
  await page.getByTestId(SELECT_OPTION).filter({ hasText: /^All$/ }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/d\/host-variables\?theme=light&var-env=prod&var-region=\$__all$/);
  await expect(page.getByText('Regions: All')).toBeVisible();

  await page.goto(`${hostUrl()}/d/host-variables?var-region=amer&var-region=apac&var-env=prod`);
  await expect(page.getByTestId(hostTestIds.preview.variable('region'))).toContainText('amer');
  await expect(page.getByText('Regions: amer + apac')).toBeVisible();
});

test('switching the theme keeps the range and the variables of the URL', async ({ page }) => {
  const state = 'from=now-30d&to=now&var-region=amer&var-region=apac&var-env=prod';
  await page.goto(`${hostUrl()}/d/host-variables?theme=dark&${state}`);
  const change = page.getByTestId(hostTestIds.preview.themeSwitch);
  await expect(page.getByTestId(TIME_PICKER_BUTTON)).toHaveText(/Last 30 days\s*UTC/, FIRST_RENDER);
  await expect(change).toHaveText('Switch to light theme');
  await change.click();

  await expect(page).toHaveURL(`${hostUrl()}/d/host-variables?theme=light&${state}`);
  await expect(page.getByTestId(hostTestIds.preview.themeSwitch)).toHaveText('Switch to dark theme');
  await expect(page.getByTestId(TIME_PICKER_BUTTON)).toHaveText(/Last 30 days\s*UTC/, FIRST_RENDER);
  await expect(page.getByText('Environment: Production (prod)')).toBeVisible();
});

test('an unknown dashboard uid and an unknown app id say "not found"', async ({ page, allowProblem }) => {
  allowProblem(FAILING, 'the preview tests every provisioned datasource, two of them failing on purpose');
  allowProblem(/\/api\/dashboards\/uid\/does-not-exist/, 'the preview asks for a dashboard that is not provisioned');
  allowProblem(/\/public\/build\/img\/icons\/.*net::ERR_ABORTED/, 'going to the next URL aborts icons still loading');
  await page.goto(`${hostUrl()}/d/does-not-exist?theme=light`);
  const notFound = page.getByTestId(hostTestIds.preview.notFound);
  await expect(notFound).toContainText('Dashboard not found: does-not-exist', FIRST_RENDER);
  await expect(notFound).not.toContainText('[object Object]');
  await expect(notFound.getByTestId(hostTestIds.preview.dashboardList)).toHaveAttribute('href', '/?theme=light');

  await page.goto(`${hostUrl()}/a/no-such-app/page?theme=light`);
  await expect(page).toHaveURL(/\/a\/no-such-app\/page\?theme=light$/);
  await expect(page.getByTestId(hostTestIds.preview.notFound)).toContainText('App not found: no-such-app');
  await expect(page.getByTestId(hostTestIds.preview.notFound)).toContainText(`(${APP_ID})`);

  await page.goto(`${hostUrl()}${APP_BASE}/no-such-page?theme=light`);
  await expect(page.getByTestId(testIds.app.notFound)).toContainText('Page not found');
});
