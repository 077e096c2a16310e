// The host's AMD loader with hand-made modules: shared names resolve, "module" is the script URL, unknown names fail loudly.
import { expect, test } from './fixtures';

test('shared modules and "module" resolve as in Grafana, React 18 on the 12.4 host and 19 on the 13.2 host', async ({
  hostPage: page,
  grafanaHost,
}) => {
  const loaded = await page.evaluate(() => window.host.loadModuleUrl('/host/fixtures/shared/module.js'));
  expect(loaded.exports).toMatchObject({
    plugin: 'object',
    moduleUri: `${process.env.HOST_URL}/host/fixtures/shared/module.js`,
    reactVersion: expect.stringMatching(grafanaHost === 13 ? /^19\./ : /^18\./),
    uiExposesPanelPlugin: 'true',
    lodashIsFunction: 'true',
  });
});

test('a module asking for a name the host does not share fails and names it', async ({ hostPage: page }) => {
  const load = page.evaluate(() => window.host.loadModuleUrl('/host/fixtures/unknown-dep/module.js'));
  await expect(load).rejects.toThrow(/requires "left-pad", which the host does not share/);
});

test('a script that never calls define() fails instead of hanging', async ({ hostPage: page }) => {
  const load = page.evaluate(() => window.host.loadModuleUrl('/host/fixtures/no-define/module.js'));
  await expect(load).rejects.toThrow(/did not call define\(\)/);
});

test('an app using react-router v6 routes relative to its base under the host routers', async ({ hostPage: page }) => {
  await page.evaluate(() => window.host.renderApp({ moduleUrl: '/host/fixtures/router-v6/module.js' }));
  await expect(page.getByTestId('fixture-home')).toBeVisible();
  await page.getByRole('link', { name: 'Open details' }).click();
  await expect(page.getByTestId('fixture-details')).toHaveText('Details 42');
  expect(new URL(page.url()).pathname).toBe('/a/scorecard-suite-app/details/42');
  await page.goBack();
  await expect(page.getByTestId('fixture-home')).toBeVisible();
});
