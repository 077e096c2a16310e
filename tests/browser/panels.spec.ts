// Each panel plugin, loaded from dist/, renders the frames it receives (after field config) in both themes.
import { testIds } from '../../app/testIds';
import type { FrameSpec, RenderPanelRequest, ThemeMode } from '../../host/src/api';
import { funnelLong, funnelWide, npsTrend, scorecardTable } from '../../host/src/examples';
import { expect, test } from './fixtures';

const funnel = testIds.funnelPanel;
const balanced = testIds.balancedPanel;
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

for (const theme of themes) {
  test(`scorecard-funnel-panel draws the long example frame, stages in data order, ignoring the wide one (${theme})`, async ({
    hostPage: page,
  }) => {
    const frames = [funnelLong, funnelWide];
    const request: RenderPanelRequest = { plugin: 'panels/journey-funnel', frames, theme, width: 720, height: 420 };
    const info = await page.evaluate((req) => window.host.renderPanel(req), request);

    expect(info.pluginId).toBe('scorecard-funnel-panel');
    // With several frames Grafana prefixes display names with the frame name; each still names its field.
    expect(info.fields.map((names) => names.length)).toEqual(frames.map((frame) => frame.fields.length));
    frames.forEach((frame, i) =>
      frame.fields.forEach((field, j) => expect(info.fields[i]?.[j]).toContain(expectedName(field)))
    );
    await expect(page.getByTestId(funnel.root)).toBeVisible();
    const order = await page
      .getByTestId(/^data-testid journey-funnel-stage-/)
      .evaluateAll((items) => items.map((el) => el.getAttribute('data-testid')?.replace(/^.*-stage-/, '')));
    expect(order).toEqual(['awareness', 'evaluation', 'purchase', 'onboarding', 'retention']);
    // 5400 / 12000 = 45%; 1900 / 12000 = 15.8% of first and 1900 / 5400 = 35.2% of previous.
    await expect(page.getByTestId(funnel.stage('evaluation'))).toContainText('45% of first');
    await expect(page.getByTestId(funnel.stage('purchase'))).toContainText('15.8% of first');
    await expect(page.getByTestId(funnel.stage('purchase'))).toContainText('35.2% of previous');
    // The frame's previous column: 5100 / 11000 = 46.4% before, 45% now.
    await expect(page.getByTestId(funnel.change('evaluation'))).toContainText('−1.4 pts vs previous period');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background) > 0.5).toBe(theme === 'light');
  });

  test(`scorecard-funnel-panel shows its empty state without data (${theme})`, async ({ hostPage: page }) => {
    await page.evaluate(
      (t) => window.host.renderPanel({ plugin: 'panels/journey-funnel', frames: [], theme: t }),
      theme
    );
    await expect(page.getByTestId(funnel.empty)).toBeVisible();
    await expect(page.getByTestId(funnel.root)).toHaveCount(0);
  });
}

for (const theme of themes) {
  test(`scorecard-balanced-panel scores the example scorecard and draws the NPS trend (${theme})`, async ({
    hostPage: page,
  }) => {
    const request: RenderPanelRequest = {
      plugin: 'panels/balanced-scorecard',
      frames: [scorecardTable, npsTrend],
      theme,
      width: 720,
      height: 420,
    };
    const info = await page.evaluate((req) => window.host.renderPanel(req), request);

    expect(info.pluginId).toBe('scorecard-balanced-panel');
    expect(info.fields.map((names) => names.length)).toEqual([scorecardTable.fields.length, npsTrend.fields.length]);
    await expect(page.getByTestId(balanced.summary)).toContainText('5 of 5 KPIs scored');
    await expect(page.getByTestId(/^data-testid balanced-scorecard-perspective-/)).toHaveCount(3);
    // The trend frame is matched to its KPI by display name ("NPS"); the others have none.
    await expect(page.getByRole('img', { name: /^Trend of / })).toHaveCount(1);
    await expect(page.getByTestId(balanced.kpi('customer/delightcustomers/0'))).toContainText('NPS');
    await expect(
      page.getByTestId(balanced.kpi('customer/delightcustomers/0')).getByRole('img', { name: 'Trend of NPS' })
    ).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background) > 0.5).toBe(theme === 'light');
  });

  test(`scorecard-balanced-panel shows its empty state without data (${theme})`, async ({ hostPage: page }) => {
    await page.evaluate(
      (t) => window.host.renderPanel({ plugin: 'panels/balanced-scorecard', frames: [], theme: t }),
      theme
    );
    await expect(page.getByTestId(balanced.empty)).toBeVisible();
    await expect(page.getByTestId(balanced.root)).toHaveCount(0);
  });
}

test('field overrides reach the panel through applyFieldOverrides', async ({ hostPage: page }) => {
  const overrides = [{ matcher: { id: 'byName', options: 'value' }, properties: [{ id: 'decimals', value: 3 }] }];
  const info = await page.evaluate((req) => window.host.renderPanel(req), {
    plugin: 'panels/balanced-scorecard',
    frames: [scorecardTable],
    fieldConfig: { defaults: {}, overrides },
  });
  expect(info.options).toHaveProperty('scoring.rollupMode', 'weighted');
  // Value and target are shown with the overridden decimals (the frame's own config says 1).
  await expect(page.getByTestId(balanced.kpi('financial/growrevenue/0'))).toContainText('7.500% / 8.000%');
});
