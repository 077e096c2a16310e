// The Balanced Scorecard panel from dist/ in each view and theme: four hand-scored KPIs from a plain table.
import type { ThemeMode } from '../../host/src/api';
import { expect, test } from './fixtures';
import {
  FOUR_KPI_TABLE,
  fourKpis,
  GROW_REVENUE,
  handScore,
  KPI_SCORES,
  kpiKeys,
  panelRequest,
  SCORECARD,
} from './scorecard-inputs';
import { bodyLuminance, gridKpiRows, headerScore, hostPanel, ids, renderScorecard, tableCells } from './scorecard-page';

const themes: ThemeMode[] = ['light', 'dark'];
// As shown: an icon's SVG title (its status word for screen readers) is not part of the visible text.
const SHOWN = { useInnerText: true };

test('the hand-worked scores follow the scoring rule of docs/architecture.md (checks its own arithmetic)', () => {
  expect(handScore(9, 10)).toBeCloseTo(KPI_SCORES.revenue, 3);
  expect(handScore(43, 40)).toBeCloseTo(KPI_SCORES.margin, 3);
  expect(handScore(36, 50)).toBeCloseTo(KPI_SCORES.nps, 3);
  expect((KPI_SCORES.revenue + KPI_SCORES.margin) / 2).toBeCloseTo(GROW_REVENUE, 3);
  expect((GROW_REVENUE + KPI_SCORES.nps) / 2).toBeCloseTo(SCORECARD, 3);
});

for (const theme of themes) {
  test(`grid: perspectives, objectives and KPIs with hand-computed roll-ups (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await renderScorecard(page, panelRequest({ frames: [fourKpis], theme }));

    await expect(page.getByTestId(ids.summary)).toContainText('3 of 4 KPIs scored · weighted mean');
    await expect(headerScore(page)).toHaveText(SCORECARD.toFixed(1));
    await expect(page.getByTestId(ids.summary)).toContainText('At risk');
    const cards = page.getByTestId(/^data-testid balanced-scorecard-perspective-/);
    await expect(cards.locator(':scope > header')).toHaveText(
      [
        `Financial ${GROW_REVENUE.toFixed(1)} At risk`,
        `Customer ${KPI_SCORES.nps.toFixed(1)} Off track`,
        // Nothing of it has data: no score, and it counts for nothing in the scorecard's mean.
        'Learning and growth – No data 0% with data',
      ],
      SHOWN
    );
    await expect(page.getByTestId(ids.objective('financial/growrevenue')).locator('header')).toHaveText(
      `Grow revenue ${GROW_REVENUE.toFixed(1)} At risk`,
      SHOWN
    );
    await expect(gridKpiRows(page)).toHaveCount(4);
    const rows = [
      [kpiKeys.revenue, 'Revenue growth', '9 / 10', 'At risk'],
      [kpiKeys.margin, 'Gross margin', '43 / 40', 'On track'],
      [kpiKeys.nps, 'Net Promoter Score', '36 / 50', 'Off track'],
      [kpiKeys.training, 'Training hours', '– / 20', 'No data'],
    ];
    for (const [key = '', name = '', value = '', status = ''] of rows) {
      const row = page.getByTestId(ids.kpi(key));
      await expect(row).toHaveText(`${name} ${value}`, SHOWN);
      await expect(row.getByLabel(status, { exact: true })).toBeVisible();
    }
    // Without trends or previous values the grid leaves out the trend and change columns.
    await expect(page.getByRole('img', { name: /^Trend of/ })).toHaveCount(0);
    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    await snap(`balanced-scorecard-grid-4-kpis-${theme}`, {
      name: `balanced-scorecard-grid-${theme}`,
      element: hostPanel(page),
    });
  });

  test(`table: one row per KPI with score and status words (${theme})`, async ({ hostPage: page, snap }) => {
    await renderScorecard(page, panelRequest({ frames: [fourKpis], theme, options: { view: 'table' } }));

    await expect(page.getByTestId(ids.table)).toBeVisible();
    const cells = await tableCells(page);
    expect(cells.map((row) => row.slice(0, 7))).toEqual(FOUR_KPI_TABLE);
    await expect(page.getByTestId(ids.summary)).toContainText('3 of 4 KPIs scored');
    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    const docs = theme === 'light' ? { name: 'balanced-scorecard-table', element: hostPanel(page) } : undefined;
    await snap(`balanced-scorecard-table-4-kpis-${theme}`, docs);
  });

  test(`map: one band per perspective, objectives as nodes with score and status (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await renderScorecard(page, panelRequest({ frames: [fourKpis], theme, options: { view: 'map' } }));

    const map = page.getByTestId(ids.map);
    const bands = map.getByTestId(/^data-testid balanced-scorecard-map-band-/);
    await expect(bands.locator(':scope > div:first-child')).toHaveText(
      [
        `Financial ${GROW_REVENUE.toFixed(1)} At risk`,
        `Customer ${KPI_SCORES.nps.toFixed(1)} Off track`,
        'Learning and growth – No data',
      ],
      SHOWN
    );
    const nodes = map.getByRole('listitem');
    expect(await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual([
      `Grow revenue: ${GROW_REVENUE.toFixed(1)}, At risk`,
      `Delight customers: ${KPI_SCORES.nps.toFixed(1)}, Off track`,
      'Skilled teams: no score, No data',
    ]);
    await expect(map.getByRole('img', { name: /^Strategy map/ })).toHaveAccessibleName(
      'Strategy map of 3 objectives without cause-and-effect arrows'
    );
    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    await snap(`balanced-scorecard-map-4-kpis-${theme}`);
  });
}
