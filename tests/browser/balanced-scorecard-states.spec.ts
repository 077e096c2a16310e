// The Balanced Scorecard panel without usable input (no frames, a query error, missing fields) and on a small panel.
import type { FrameSpec } from '../../host/src/api';
import { expect, test } from './fixtures';
import { fourKpis, GROW_REVENUE, KPI_SCORES, panelRequest } from './scorecard-inputs';
import { gridKpiRows, hostPanel, ids, renderScorecard } from './scorecard-page';

const without = (frame: FrameSpec, ...names: string[]): FrameSpec => ({
  ...frame,
  fields: frame.fields.filter((f) => !names.includes(f.name)),
});

test('without frames the panel says there is no data', async ({ hostPage: page, snap }) => {
  await renderScorecard(page, panelRequest({ frames: [], theme: 'light' }));
  await expect(page.getByTestId(ids.empty)).toHaveText('No data: the query returned no frames.');
  await expect(page.getByTestId(ids.error)).toHaveCount(0);
  await expect(page.getByTestId(ids.root)).toHaveCount(0);
  await snap('balanced-scorecard-empty');
});

test('a query error without frames is shown as the query failing, with its message', async ({
  hostPage: page,
  snap,
}) => {
  await renderScorecard(
    page,
    panelRequest({ frames: [], theme: 'dark', errors: [{ message: 'Invalid query (400): unknown scorecard "nope"' }] })
  );
  await expect(page.getByTestId(ids.error)).toHaveText(
    'The query failed: Invalid query (400): unknown scorecard "nope"'
  );
  await expect(page.getByTestId(ids.empty)).toHaveCount(0);
  await snap('balanced-scorecard-query-error');
});

test('a frame missing required fields gets a warning naming them, and no scorecard', async ({
  hostPage: page,
  snap,
}) => {
  await renderScorecard(page, panelRequest({ frames: [without(fourKpis, 'kpi')], theme: 'light' }));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Scorecard fields not found');
  await expect(alert).toContainText('Missing: kpi.');
  await expect(page.getByTestId(ids.summary)).toHaveCount(0);
  await snap('balanced-scorecard-missing-field');

  await renderScorecard(page, panelRequest({ frames: [without(fourKpis, 'objective', 'value')], theme: 'light' }));
  await expect(page.getByRole('alert')).toContainText('Missing: objective, value.');
});

test('a field named otherwise is found once mapped under the panel’s field options', async ({ hostPage: page }) => {
  const renamed: FrameSpec = {
    ...fourKpis,
    fields: fourKpis.fields.map((f) => (f.name === 'kpi' ? { ...f, name: 'indicator name' } : f)),
  };
  await renderScorecard(page, panelRequest({ frames: [renamed], options: { fields: { kpi: 'indicator name' } } }));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId(ids.summary)).toContainText('3 of 4 KPIs scored');
});

test('a small panel (300 × 200) shows only the perspectives’ scores and statuses', async ({ hostPage: page, snap }) => {
  await renderScorecard(page, panelRequest({ frames: [fourKpis], theme: 'light', width: 300, height: 200 }));
  await expect(page.getByTestId(ids.summary)).toContainText('3 of 4 KPIs scored');
  await expect(gridKpiRows(page)).toHaveCount(0);
  await expect(page.getByTestId(/^data-testid balanced-scorecard-objective-/)).toHaveCount(0);
  const cards = page.getByTestId(/^data-testid balanced-scorecard-perspective-/);
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText(`Financial${GROW_REVENUE.toFixed(1)}`);
  await expect(cards.nth(1)).toContainText(`Customer${KPI_SCORES.nps.toFixed(1)}`);
  await expect(cards.first().getByLabel('At risk', { exact: true })).toBeVisible();
  // Singular or plural, the count of objectives and KPIs stands in for them.
  await expect(cards.first()).toContainText(/1 objectives?, 2 KPIs/);
  await snap('balanced-scorecard-small-top');
  // Every summary is within the panel, if need be by scrolling inside it; nothing spills out.
  const panel = await hostPanel(page).boundingBox();
  await cards.last().scrollIntoViewIfNeeded();
  await expect(cards.last()).toBeInViewport({ ratio: 0.99 });
  const last = await cards.last().boundingBox();
  expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual((panel?.y ?? 0) + (panel?.height ?? 0));
  await cards.first().scrollIntoViewIfNeeded();
  await snap('balanced-scorecard-small', { name: 'balanced-scorecard-small', element: hostPanel(page) });
});
