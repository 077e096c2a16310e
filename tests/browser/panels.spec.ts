// Each panel plugin, loaded from dist/, renders the frames it receives (after field config) in both themes.
import { testIds } from '../../app/testIds';
import type { FrameSpec, RenderPanelRequest, ThemeMode } from '../host/src/api';
import { funnelLong, funnelWide, npsTrend, scorecardTable } from '../host/src/examples';
import { expect, test } from './fixtures';

const panels = [
  {
    plugin: 'panels/balanced-scorecard',
    id: 'scorecard-balanced-panel',
    ids: testIds.balancedPanel,
    frames: [scorecardTable, npsTrend],
  },
  {
    plugin: 'panels/journey-funnel',
    id: 'scorecard-funnel-panel',
    ids: testIds.funnelPanel,
    frames: [funnelLong, funnelWide],
  },
];
const themes: ThemeMode[] = ['light', 'dark'];

// Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white).
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const expectedName = (field: FrameSpec['fields'][number]) => {
  const display = field.config?.displayName;
  return typeof display === 'string' ? display : field.name;
};

for (const panel of panels) {
  for (const theme of themes) {
    test(`${panel.id} lists its input frames and fields (${theme})`, async ({ hostPage: page }) => {
      const request: RenderPanelRequest = {
        plugin: panel.plugin,
        frames: panel.frames,
        theme,
        width: 720,
        height: 420,
      };
      const info = await page.evaluate((req) => window.host.renderPanel(req), request);

      expect(info.pluginId).toBe(panel.id);
      // With several frames Grafana prefixes display names with the frame name; each still names its field.
      expect(info.fields.map((names) => names.length)).toEqual(panel.frames.map((frame) => frame.fields.length));
      panel.frames.forEach((frame, i) =>
        frame.fields.forEach((field, j) => expect(info.fields[i]?.[j]).toContain(expectedName(field)))
      );
      await expect(page.getByTestId(panel.ids.root)).toBeVisible();
      for (const [i, frame] of panel.frames.entries()) {
        const item = page.getByTestId(panel.ids.frame(i));
        await expect(item).toContainText(frame.name ?? '');
        for (const name of info.fields[i] ?? []) {
          await expect(item).toContainText(name);
        }
      }
      await expect(page.getByTestId(panel.ids.frame(panel.frames.length))).toHaveCount(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(luminance(background) > 0.5).toBe(theme === 'light');
    });

    test(`${panel.id} shows its empty state without data (${theme})`, async ({ hostPage: page }) => {
      await page.evaluate((req) => window.host.renderPanel(req), { plugin: panel.plugin, frames: [], theme });
      await expect(page.getByTestId(panel.ids.empty)).toBeVisible();
      await expect(page.getByTestId(panel.ids.frame(0))).toHaveCount(0);
    });
  }
}

test('field overrides reach the panel through applyFieldOverrides', async ({ hostPage: page }) => {
  const overrides = [
    { matcher: { id: 'byName', options: 'value' }, properties: [{ id: 'displayName', value: 'Actual' }] },
  ];
  const info = await page.evaluate((req) => window.host.renderPanel(req), {
    plugin: 'panels/balanced-scorecard',
    frames: [scorecardTable],
    fieldConfig: { defaults: {}, overrides },
  });
  expect(info.fields[0]).toContain('Actual');
  expect(info.options).toHaveProperty('rollupMode', 'weighted');
  await expect(page.getByTestId(testIds.balancedPanel.frame(0))).toContainText('Actual');
});
