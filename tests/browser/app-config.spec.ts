// The app's configuration page at /plugins/<app id>, as Grafana shows it, against the browser suite's KPI server.
import { APP_ID } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { expect, test } from './fixtures';
import { THEMES } from './app-pages-support';

const ids = testIds.config;

for (const theme of THEMES) {
  test(`the configuration page shows the provisioned server URL and tokens, and tests the connection (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await page.evaluate(({ path, mode }) => window.host.renderApp({ path, theme: mode }), {
      path: `/plugins/${APP_ID}?page=configuration`,
      mode: theme,
    });
    await expect(page.getByTestId(ids.root)).toBeVisible();
    // the host provisions the URL of the suite's KPI server; the three tokens show as set (a Reset each), never their values
    await expect(page.getByTestId(ids.serverUrl)).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(page.getByRole('button', { name: 'Reset' })).toHaveCount(3);
    await page.getByTestId(ids.test).click();
    await expect(page.getByTestId(ids.result)).toContainText('Connected to KPI server', { timeout: 30_000 });
    await snap(`app-config-${theme}`, { name: `app-config-${theme}`, element: page.getByTestId(ids.root) });
  });
}
