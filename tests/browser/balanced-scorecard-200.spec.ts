// The Balanced Scorecard panel with 200 KPIs in the KPI datasource's shape: every KPI reachable by scrolling, nothing squashed.
import type { Page } from '@playwright/test';
import type { FrameSpec, ThemeMode } from '../../host/src/api';
import { generateScorecard } from '../../host/src/scorecard200';
import { expect, test } from './fixtures';
import { panelRequest } from './scorecard-inputs';
import {
  bodyLuminance,
  gridKpiRows,
  headerScore,
  hostPanel,
  ids,
  renderScorecard,
  scrollContainer,
  scrollUntilMounted,
  tableCells,
  tableRows,
} from './scorecard-page';

const themes: ThemeMode[] = ['light', 'dark'];
const SIZE = { width: 1200, height: 760 };
const WORDS: Record<string, string> = {
  ok: 'On track',
  warning: 'At risk',
  critical: 'Off track',
  'no-data': 'No data',
};

const valuesOf = (frame: FrameSpec | undefined, name: string): unknown[] =>
  frame?.fields.find((f) => f.name === name)?.values ?? [];

/** Per KPI row of the generated table: name, score as shown and status word (a value without its sample is not scored). */
function expectedRows(table: FrameSpec | undefined): string[][] {
  const flags = valuesOf(table, 'flags');
  const scores = valuesOf(table, 'score');
  const statuses = valuesOf(table, 'status');
  return valuesOf(table, 'kpi').map((kpi, i) => {
    const score = scores[i];
    const word = flags[i] === 'insufficient-sample' ? 'Not scored' : (WORDS[String(statuses[i])] ?? '?');
    return [String(kpi), typeof score === 'number' ? score.toFixed(1) : '–', word];
  });
}

async function render(page: Page, theme: ThemeMode, view: string) {
  const card = generateScorecard(Date.now());
  await renderScorecard(page, panelRequest({ frames: card.frames, theme, options: { view }, ...SIZE }));
  await expect(page.getByTestId(ids.summary)).toContainText(`${card.scoredCount} of 200 KPIs scored`);
  await expect(headerScore(page)).toHaveText(card.score?.toFixed(1) ?? '–');
  expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
  return card;
}

test('the generated scorecard has 200 KPIs in 40 objectives, with every status and some unscored', () => {
  const card = generateScorecard(Date.UTC(2026, 0, 1));
  expect([card.kpiCount, card.objectiveCount, card.frames.length]).toEqual([200, 40, 201]);
  expect(card.scoredCount).toBeGreaterThan(150);
  expect(card.scoredCount).toBeLessThan(200);
  expect(new Set(valuesOf(card.frames[0], 'status'))).toEqual(new Set(['ok', 'warning', 'critical', 'no-data']));
});

for (const theme of themes) {
  test(`200 KPIs, grid: the first screenful at once, every KPI row as it scrolls near, the last one unsquashed (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const card = await render(page, theme, 'grid');
    const rows = gridKpiRows(page);
    // Objectives below the fold mount when they scroll near: the first paint holds what is in view.
    expect(await rows.count()).toBeGreaterThan(20);
    expect(await rows.count()).toBeLessThan(200);
    const docs = { name: 'balanced-scorecard-200-kpis', element: hostPanel(page) };
    await snap(`balanced-scorecard-200-grid-${theme}`, theme === 'light' ? docs : undefined);
    await scrollUntilMounted(hostPanel(page), rows, 200);
    const last = rows.last();
    await expect(last).toContainText(card.lastKpi);
    const scroller = await scrollContainer(last);
    expect(scroller?.scrollHeight).toBeGreaterThan(scroller?.clientHeight ?? Infinity);

    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 0.99 });
    // Every row keeps the height of its content (16 px trend line, text) instead of sharing the card's.
    const heights = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(20);
    await expect(last.getByRole('img', { name: `Trend of ${card.lastKpi}` })).toBeVisible();
  });

  test(`200 KPIs, table: 200 rows with the server's scores, scrolling under a sticky header (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const card = await render(page, theme, 'table');
    await snap(`balanced-scorecard-200-table-${theme}`);
    await scrollUntilMounted(hostPanel(page), tableRows(page), 200);
    await page.getByTestId(ids.table).evaluate((table) => table.parentElement?.scrollTo({ top: 0 }));
    const cells = await tableCells(page);
    // Columns: perspective, objective, KPI, value, target, score, status, change, trend.
    expect(cells.map((row) => [row[2], row[5], row[6]])).toEqual(expectedRows(card.frames[0]));
    const last = tableRows(page).last();
    await expect(last).not.toBeInViewport();

    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 0.99 });
    await expect(page.getByTestId(ids.sortBy('score'))).toBeInViewport();
    await expect(tableRows(page).first()).not.toBeInViewport();
  });

  test(`200 KPIs, map: 40 objectives with their 30 arrows, wider than the panel rather than squashed (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    await render(page, theme, 'map');
    const map = page.getByTestId(ids.map);
    const nodes = map.getByRole('listitem');
    await expect(nodes).toHaveCount(40);
    await expect(map.getByTestId(/^data-testid balanced-scorecard-map-edge-/)).toHaveCount(30);
    const size = await map.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(size.scrollWidth).toBeGreaterThan(size.clientWidth);
    const boxes = await nodes.evaluateAll((els) =>
      els.map((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }))
    );
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(120);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    await snap(`balanced-scorecard-200-map-${theme}`);
    const last = nodes.last();
    await expect(last).not.toBeInViewport({ ratio: 0.99 });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 0.99 });
  });
}
