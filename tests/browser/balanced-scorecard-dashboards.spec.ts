// The provisioned Balanced Scorecard dashboards: on the KPI datasource (seeded demo server) and on TestData CSV tables.
import type { Locator, Page } from '@playwright/test';
import type { ThemeMode } from '../../host/src/api';
import type { DashboardRenderResult, FrameSummary, PanelRenderResult } from '../../host/src/apiDashboard';
import { hostTestIds } from '../../host/src/testIds';
import { expect, test } from './fixtures';
import { bodyLuminance, headerScore, ids, scrollUntilMounted, tableCells, tableRows } from './scorecard-page';

const themes: ThemeMode[] = ['light', 'dark'];

function panel(result: DashboardRenderResult, id: number): PanelRenderResult {
  const found = result.panels.find((p) => p.id === id);
  if (!found) {
    throw new Error(`panel ${id} is not in ${result.uid}`);
  }
  return found;
}

const values = (frame: FrameSummary | undefined, name: string): unknown[] =>
  frame?.fields.find((f) => f.name === name)?.values ?? [];

const panelBox = (page: Page, id: number): Locator => page.locator(`[data-panel-id="${id}"]`);

/** The dashboard's grid of panels, without its title and the host's list of annotations under it. */
const panelGrid = (page: Page): Locator =>
  page
    .getByTestId(hostTestIds.dashboard)
    .locator(':scope > div')
    .filter({ has: panelBox(page, 1) });

const render = (page: Page, uid: string, theme: ThemeMode) =>
  page.evaluate((r) => window.host.renderDashboard(r), { uid, theme });

/** A number the server put in the frame's meta.custom; NaN when it is not there. */
function metaNumber(frame: FrameSummary | undefined, key: string): number {
  const custom = frame?.meta?.custom;
  const value: unknown = typeof custom === 'object' && custom !== null ? Reflect.get(custom, key) : undefined;
  return typeof value === 'number' ? value : NaN;
}

/** Distinct arrows the scorecard's causes column asks for: objective id → an objective id of the scorecard. */
function causePairs(table: FrameSummary | undefined): Set<string> {
  const objectives = values(table, 'objectiveId').map(String);
  const causes = values(table, 'causes');
  return new Set(
    objectives.flatMap((from, i) =>
      String(causes[i] ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter((to) => to !== '' && to !== from && objectives.includes(to))
        .map((to) => `${from}->${to}`)
    )
  );
}

for (const theme of themes) {
  test(`scorecard-balanced on the KPI datasource: the panel's score is the server's, 28 KPIs in each view (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const result = await render(page, 'scorecard-balanced', theme);
    expect(result.panels.map((p) => [p.id, p.status, p.error])).toEqual([1, 2, 3].map((id) => [id, 'ok', undefined]));
    const table = panel(result, 1).frames[0];
    const serverScore = metaNumber(table, 'score');
    const coverage = metaNumber(table, 'coverage');
    expect([table?.name, table?.length]).toEqual(['northwind-corporate', 28]);

    // The panel recomputes the roll-up with core scoring from the rows; the server sent its own.
    const shown = Number(await headerScore(panelBox(page, 1)).textContent());
    expect(Math.abs(shown - serverScore)).toBeLessThanOrEqual(0.05);
    const scored = Math.round(coverage * 28);
    for (const id of [1, 2, 3]) {
      await expect(panelBox(page, id).getByTestId(ids.summary)).toContainText(`${scored} of 28 KPIs scored`);
    }

    const edges = panelBox(page, 2).getByTestId(/^data-testid balanced-scorecard-map-edge-/);
    await expect(edges).toHaveCount(causePairs(table).size);
    expect(causePairs(table).size).toBeGreaterThan(0);

    // Each KPI's score in the table is the server's score of that KPI.
    await scrollUntilMounted(panelBox(page, 3), tableRows(panelBox(page, 3)), 28);
    const serverScores = values(table, 'kpi').map((kpi, i) => {
      const score = values(table, 'score')[i];
      return `${String(kpi)}: ${typeof score === 'number' ? score.toFixed(1) : '–'}`;
    });
    const cells = await tableCells(page);
    expect(cells.map((row) => `${row[2]}: ${row[5]}`).sort()).toEqual(serverScores.sort());
    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    const docs = {
      name: 'balanced-scorecard-dashboard-kpi-datasource',
      element: panelGrid(page),
    };
    await snap(`balanced-scorecard-dashboard-kpi-datasource-${theme}`, theme === 'light' ? docs : undefined);
  });

  test(`scorecard-balanced-table on TestData CSV: the required columns and direction, then weights and causes (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const result = await render(page, 'scorecard-balanced-table', theme);
    expect(result.panels.map((p) => [p.id, p.status, p.error])).toEqual([1, 2, 3].map((id) => [id, 'ok', undefined]));
    expect(panel(result, 1).frames[0]?.fields.map((f) => f.name)).toEqual([
      'perspective',
      'objective',
      'kpi',
      'value',
      'target',
      'direction',
    ]);
    for (const id of [1, 2, 3]) {
      // Employee NPS has no value.
      await expect(panelBox(page, id).getByTestId(ids.summary)).toContainText('9 of 10 KPIs scored');
    }
    // Logo churn 2.8 against 2.5 is lower-is-better in the CSV's direction column: at risk, not on track.
    const churn = panelBox(page, 1).getByTestId(ids.kpi('customer/keepcustomers/0'));
    await expect(churn).toContainText('Logo churn (%)');
    await expect(churn.getByLabel('At risk', { exact: true })).toBeVisible();
    const churnRow = (await tableCells(page)).find((row) => row[2] === 'Logo churn (%)');
    // 10/3 + (2.8 − 3)/(2.5 − 3) · 10/3 = 4.67, the red flag 20% above the target.
    // Value and target in Grafana's automatic decimals for the value field.
    expect(churnRow?.slice(3, 7)).toEqual(['2.80', '2.50', '4.7', 'At risk']);

    const map = panelBox(page, 2);
    const arrows = [
      ['customer/delightcustomers', 'financial/growrecurringrevenue'],
      ['customer/keepcustomers', 'financial/growrecurringrevenue'],
      ['internal-process/resolveissuesfast', 'customer/delightcustomers'],
      ['internal-process/onboardquickly', 'customer/keepcustomers'],
      ['learning-growth/buildcapability', 'internal-process/resolveissuesfast'],
      ['learning-growth/engagedpeople', 'internal-process/onboardquickly'],
    ];
    await expect(map.getByTestId(/^data-testid balanced-scorecard-map-edge-/)).toHaveCount(arrows.length);
    for (const [from = '', to = ''] of arrows) {
      await expect(map.getByTestId(ids.mapEdge(from, to))).toHaveCount(1);
    }
    expect((await bodyLuminance(page)) > 0.5).toBe(theme === 'light');
    const docs = { name: 'balanced-scorecard-dashboard-table-input', element: panelGrid(page) };
    await snap(`balanced-scorecard-dashboard-table-input-${theme}`, theme === 'light' ? docs : undefined);
  });
}
