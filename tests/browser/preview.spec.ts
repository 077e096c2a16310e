// The `npm start` preview: app root page, panel gallery with example frames, datasource health through the proxy.
import { APP_BASE } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { expect, hostUrl, test } from './fixtures';

const WRONG_TOKEN = /\/api\/datasources\/proxy\/uid\/scorecard-kpi-wrong-token\//;

for (const theme of ['dark', 'light']) {
  test(`the preview shows the app, the gallery and datasource health (${theme})`, async ({ page, allowProblem }) => {
    allowProblem(
      WRONG_TOKEN,
      'the preview tests every provisioned datasource; the test provisioning has one with a wrong token (401)'
    );
    await page.goto(`${hostUrl()}/?theme=${theme}`);

    await expect(page).toHaveURL(new RegExp(`${APP_BASE}\\?theme=${theme}$`));
    await expect(page.getByTestId(testIds.app.root)).toBeVisible();
    await expect(page.getByTestId(testIds.balancedPanel.frame(1))).toBeVisible();
    await expect(page.getByTestId(testIds.funnelPanel.frame(1))).toBeVisible();
    await expect(page.getByText('Scorecard KPI: success')).toBeVisible();
    await expect(page.getByText('Scorecard KPI (wrong token): error')).toBeVisible();
  });
}
