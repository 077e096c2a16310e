// The provisioned scorecard dashboard reads the same on any range: the range's end picks the reported period.
import type { Page } from '@playwright/test';
import type { FrameSummary } from '../../host/src/apiDashboard';
import { expect, test } from './fixtures';
import { ids } from './scorecard-page';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The latest complete month in UTC (the demo server's zone), computed here from the clock alone. */
function lastCompleteMonth(now: Date): string {
  const month = (now.getUTCMonth() + 11) % 12;
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return `${MONTHS[month]} ${year}`;
}

const column = (frame: FrameSummary | undefined, name: string): unknown[] =>
  frame?.fields.find((f) => f.name === name)?.values ?? [];

async function table(page: Page, from: string) {
  const result = await page.evaluate((r) => window.host.renderDashboard(r), {
    uid: 'scorecard-balanced',
    theme: 'light' as const,
    timeRange: { from, to: 'now' },
  });
  const panel = result.panels.find((p) => p.id === 1);
  expect([panel?.status, panel?.error]).toEqual(['ok', undefined]);
  return panel?.frames[0];
}

test('scorecard-balanced reads the same on 7, 30, 90 and 365-day ranges: each KPI’s latest complete period', async ({
  hostPage: page,
  snap,
}) => {
  test.setTimeout(240_000);
  const month = lastCompleteMonth(new Date());
  const seen: string[] = [];
  for (const days of [7, 30, 90, 365]) {
    const frame = await table(page, `now-${days}d`);
    const labels = new Set(column(frame, 'periodLabel'));
    // every monthly KPI reports the last complete month; the quarterly eNPS its last complete quarter
    expect(labels.has(month)).toBe(true);
    expect(column(frame, 'partial').every((p) => p === false)).toBe(true);
    seen.push(
      JSON.stringify([column(frame, 'kpiId'), column(frame, 'value'), column(frame, 'target'), column(frame, 'score')])
    );
    const header = page.locator('[data-panel-id="1"]').getByTestId(ids.period);
    // 27 monthly KPIs and the quarterly eNPS
    await expect(header).toContainText(`${month} · 1 KPI on another period`);
    await snap(`scorecard-periods-${days}d`);
  }
  expect(new Set(seen).size).toBe(1);
});
