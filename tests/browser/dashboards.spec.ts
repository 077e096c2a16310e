// Provisioned dashboards rendered as Grafana would: variables, the query runner, TestData, core panel stand-ins, annotations.
import fs from 'node:fs';
import path from 'node:path';
import { testIds } from '../../app/testIds';
import type { DashboardRenderResult, PanelRenderResult } from '../../host/src/apiDashboard';
import type { ThemeMode } from '../../host/src/api';
import { hostTestIds } from '../../host/src/testIds';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve(__dirname, '../host-fixtures/provisioning/dashboards/json');

function panel(result: DashboardRenderResult, id: number): PanelRenderResult {
  const found = result.panels.find((p) => p.id === id);
  if (!found) {
    throw new Error(`panel ${id} not in ${result.uid}: ${result.panels.map((p) => p.id).join(', ')}`);
  }
  return found;
}

const fieldsOf = (p: PanelRenderResult) =>
  (p.frames[0]?.fields ?? []).map((f) => ({ name: f.name, type: f.type, values: f.values }));

// The "Formats" table of the fixture: its expression column against its result column.
function formatResults(p: PanelRenderResult): Record<string, unknown> {
  const [expression, result] = p.frames[0]?.fields ?? [];
  return Object.fromEntries((expression?.values ?? []).map((e, i) => [String(e), result?.values[i]]));
}

for (const theme of ['light', 'dark'] satisfies ThemeMode[]) {
  test(`getting-started renders the TestData CSV tables into the scorecard panels (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const result = await page.evaluate(
      (t) => window.host.renderDashboard({ uid: 'scorecard-getting-started', theme: t }),
      theme
    );

    expect(result.panels.map((p) => [p.type, p.status, p.error])).toEqual([
      ['scorecard-balanced-panel', 'ok', undefined],
      ['scorecard-funnel-panel', 'ok', undefined],
    ]);
    const balanced = panel(result, 1);
    expect(fieldsOf(balanced).map((f) => [f.name, f.type])).toEqual([
      ['perspective', 'string'],
      ['objective', 'string'],
      ['kpi', 'string'],
      ['value', 'number'],
      ['target', 'number'],
    ]);
    expect(fieldsOf(balanced)[3]?.values).toEqual([104, 91, 38, 86, 71, 14]);
    expect(fieldsOf(panel(result, 2))).toEqual([
      {
        name: 'stage',
        type: 'string',
        values: ['awareness', 'evaluation', 'purchase', 'onboarding', 'retention', 'advocacy'],
      },
      { name: 'value', type: 'number', values: [48000, 12600, 3100, 2750, 2210, 640] },
    ]);
    for (const p of result.panels) {
      expect(p.request?.targets[0]).toMatchObject({
        refId: 'A',
        scenarioId: 'csv_content',
        datasource: { type: 'grafana-testdata-datasource', uid: 'scorecard-testdata' },
      });
      // Grafana's point budget is the panel's content width; the interval follows from it and the range.
      expect(p.request?.maxDataPoints).toBe(p.contentWidth);
      expect(p.request).toMatchObject({ app: 'dashboard', dashboardUID: 'scorecard-getting-started', panelId: p.id });
      expect(p.request?.range.raw).toEqual({ from: 'now-90d', to: 'now' });
      expect(p.request?.intervalMs).toBeGreaterThan(0);
    }
    await expect(page.getByTestId(testIds.balancedPanel.root)).toBeVisible();
    await expect(page.getByTestId(testIds.funnelPanel.root)).toBeVisible();
    // Purchase 3100 of awareness's 48000 (6.5%), of evaluation's 12600 (24.6%): third, as in the CSV.
    await expect(page.getByTestId(testIds.funnelPanel.stage('purchase'))).toContainText('6.5% of first');
    await expect(page.getByTestId(testIds.funnelPanel.stage('purchase'))).toContainText('24.6% of previous');
    await expect(page.getByTestId(hostTestIds.panel).and(page.locator('[data-status="ok"]'))).toHaveCount(2);
    await snap(`dashboards-getting-started-${theme}`);
  });
}

const JOURNEY_STAGES = [
  ['awareness', 'Awareness'],
  ['evaluation', 'Evaluation'],
  ['purchase', 'Purchase'],
  ['onboarding', 'Onboarding'],
  ['retention', 'Retention'],
  ['advocacy', 'Advocacy'],
];

const stageKeys = (scope: import('@playwright/test').Locator) =>
  scope
    .getByTestId(/^data-testid journey-funnel-stage-/)
    .evaluateAll((items) => items.map((el) => el.getAttribute('data-testid')?.replace(/^.*-stage-/, '')));

for (const theme of ['light', 'dark'] satisfies ThemeMode[]) {
  test(`the journey funnel dashboard: the demo journey by segment and as a flow from the KPI server, and a CSV (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const result = await page.evaluate(
      (t) => window.host.renderDashboard({ uid: 'scorecard-journey-funnel', theme: t }),
      theme
    );
    expect(result.title).toBe('Scorecard Suite: Journey funnel');
    expect(result.panels.map((p) => [p.id, p.type, p.status, p.error])).toEqual(
      [1, 2, 3].map((id) => [id, 'scorecard-funnel-panel', 'ok', undefined])
    );
    expect(panel(result, 1).request?.targets[0]).toMatchObject({
      queryType: 'funnel',
      journey: 'northwind-customer-journey',
      breakdown: 'segment',
      compare: 'previous-period',
    });

    // By segment: the server's frame, one row per segment and stage, drawn as grouped bars in journey order.
    const bySegment = panel(result, 1).frames[0];
    expect(bySegment?.name).toBe('northwind-customer-journey');
    const segments = [...new Set(bySegment?.fields.find((f) => f.name === 'segment')?.values.map(String))];
    expect(segments.length).toBeGreaterThan(1);
    const grouped = panelBox(page, 1).getByTestId(testIds.funnelPanel.grouped);
    await expect(grouped).toBeVisible();
    expect(await stageKeys(grouped)).toEqual(JOURNEY_STAGES.map(([id]) => id));
    for (const [id = '', name = ''] of JOURNEY_STAGES) {
      await expect(grouped.getByTestId(testIds.funnelPanel.stage(id))).toContainText(name);
      await expect(
        grouped.getByTestId(testIds.funnelPanel.stage(id)).getByTestId(/^data-testid journey-funnel-bar-/)
      ).toHaveCount(segments.length);
    }
    for (const segment of segments) {
      await expect(grouped.getByTestId(testIds.funnelPanel.legend)).toContainText(segment);
    }
    await expect(grouped.getByTestId(testIds.funnelPanel.legend)).toContainText('previous period');

    // As a flow: one node per stage, each labelled with its name and the server's count.
    const total = panel(result, 2).frames[0];
    const counts = total?.fields.find((f) => f.name === 'value')?.values ?? [];
    expect(total?.fields.find((f) => f.name === 'name')?.values).toEqual(JOURNEY_STAGES.map(([, name]) => name));
    const flow = panelBox(page, 2).getByTestId(testIds.funnelPanel.flow);
    await expect(flow).toBeVisible();
    expect(await stageKeys(flow)).toEqual(JOURNEY_STAGES.map(([id]) => id));
    for (const [i, [id = '', name = '']] of JOURNEY_STAGES.entries()) {
      await expect(flow.getByTestId(testIds.funnelPanel.flowNode(id))).toBeAttached();
      await expect(flow.getByTestId(testIds.funnelPanel.stage(id))).toContainText(`${name}${String(counts[i])}`);
    }

    // The CSV: Started trial 2350 of 9400 (25%); Became paying 310 of 9400 (3.3%) and of 820 (37.8%).
    const csv = panelBox(page, 3);
    expect(await stageKeys(csv)).toEqual([
      'Visited pricing',
      'Started trial',
      'Invited a teammate',
      'Connected data',
      'Became paying',
    ]);
    await expect(csv.getByTestId(testIds.funnelPanel.stage('Started trial'))).toContainText('25% of first');
    await expect(csv.getByTestId(testIds.funnelPanel.stage('Became paying'))).toContainText('3.3% of first');
    await expect(csv.getByTestId(testIds.funnelPanel.stage('Became paying'))).toContainText('37.8% of previous');
    // 25% now against 2030 / 8800 = 23.1% before: +1.9 pts, z ≈ 3.0, significant.
    await expect(csv.getByTestId(testIds.funnelPanel.change('Started trial'))).toHaveText(
      '+1.9 pts vs previous periodsignificant'
    );
    const docs = { name: 'journey-funnel-dashboard', element: page.getByTestId(hostTestIds.dashboard) };
    await snap(`dashboards-journey-funnel-${theme}`, theme === 'light' ? docs : undefined);
  });
}

test('variables and their formats reach the TestData query; the runner sends the saved target', async ({
  hostPage: page,
  snap,
}) => {
  const result = await page.evaluate(() => window.host.renderDashboard({ uid: 'host-variables' }));
  const saved = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'host-variables.json'), 'utf8'));

  expect(result.variables).toMatchObject({
    region: { type: 'custom', value: ['emea', 'apac'], text: ['emea', 'apac'], optionCount: 3 },
    env: { value: 'stage', text: 'Staging', optionCount: 2 },
    team: { type: 'textbox', value: 'core' },
    k: { type: 'constant', value: 'kval' },
    res: { type: 'interval', value: '1d' },
    letter: { type: 'query', value: ['A', 'C'], options: ['A', 'B', 'C'] },
    // "${letter}.*" as glob is {A,C}.*; the regex drops ?B names; sorted descending.
    sub: { type: 'query', value: ['$__all'], options: ['CC', 'CA', 'AC', 'AA'] },
  });
  const formats = panel(result, 1);
  expect(formats.status).toBe('ok');
  // As in Grafana, the datasource interpolates: the request carries the target as saved, plus __interval.
  expect(formats.request?.targets[0]?.csvContent).toBe(saved.panels[0].targets[0].csvContent);
  expect(formats.request?.scopedVars.__interval).toEqual({
    text: formats.request?.interval,
    value: formats.request?.interval,
  });
  expect(formatResults(formats)).toEqual({
    glob: '{emea,apac}',
    csv: 'emea,apac',
    pipe: 'emea|apac',
    sqlstring: "'emea','apac'",
    regex: '(emea|apac)',
    queryparam: 'var-region=emea&var-region=apac',
    text: 'emea + apac',
    env: 'stage',
    'env text': 'Staging',
    textbox: 'core',
    constant: 'kval',
    interval: '1d',
    letters: 'A,C',
    sub: 'CC,CA,AC,AA',
    'panel interval': formats.request?.interval,
    dashboard: 'Host fixture: variables, core panels, annotations',
    from: '2026-01-01T00:00:00.000Z',
  });
  // Panel titles and text panels are interpolated too (titles with the text format).
  await expect(page.getByText('Formats of emea + apac')).toBeVisible();
  await expect(page.getByText('Environment: Staging (stage)')).toBeVisible();
  await snap('dashboards-host-variables');
});

test('per-render variables, time range and width change what the runner sends', async ({ hostPage: page }) => {
  const result = await page.evaluate(() =>
    window.host.renderDashboard({
      uid: 'host-variables',
      width: 1000,
      timeRange: { from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' },
      variables: { region: '$__all', env: 'Production', letter: 'B' },
    })
  );
  const formats = panel(result, 1);
  expect(result.variables.sub?.options).toEqual(['BC', 'BA']);
  expect(formatResults(formats)).toMatchObject({
    glob: '{emea,amer,apac}',
    text: 'All',
    queryparam: 'var-region=%24__all',
    env: 'prod',
    letters: 'B',
    sub: 'BC,BA',
    from: '2026-01-02T00:00:00.000Z',
  });
  // 12 of 24 columns at 1000 px: 496 px wide, 478 px of content; one day over 478 points rounds to 2 minutes.
  expect(formats.rect.width).toBe(496);
  expect(formats.request).toMatchObject({ maxDataPoints: 478, interval: '2m', intervalMs: 120000 });
  expect(result.range).toEqual({ from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' });
});

test('core panel stand-ins: time series with annotations, stat, text and a node graph read as Grafana reads it', async ({
  hostPage: page,
  snap,
}) => {
  const result = await page.evaluate(() => window.host.renderDashboard({ uid: 'host-variables', theme: 'light' }));

  const series = panel(result, 2);
  expect(series.status).toBe('ok');
  // The hidden target B goes along with hide: true; TestData drops it.
  expect(series.request?.targets.map((t) => [t.refId, t.hide])).toEqual([
    ['A', undefined],
    ['B', true],
  ]);
  expect(series.frames.map((f) => f.refId)).toEqual(['A']);
  expect(series.frames[0]?.fields.map((f) => [f.name, f.type, f.displayName])).toEqual([
    ['time', 'time', 'time'],
    ['nps', 'number', 'nps'],
    ['csat', 'number', 'CSAT (%)'],
  ]);
  expect(result.annotations).toEqual([
    expect.objectContaining({
      name: 'Governance events',
      status: 'ok',
      events: [
        expect.objectContaining({
          title: 'Definition v2',
          isRegion: false,
          tags: ['governance', 'nps'],
          color: 'orange',
        }),
        expect.objectContaining({
          title: 'Freeze window',
          isRegion: true,
          time: Date.UTC(2026, 0, 5),
          timeEnd: Date.UTC(2026, 0, 6),
        }),
      ],
    }),
  ]);
  expect(result.annotations[0]?.request?.targets).toEqual([
    expect.objectContaining({ refId: 'Anno', scenarioId: 'csv_content' }),
  ]);

  const lineage = panel(result, 5);
  expect(lineage.frames.map((f) => [f.name, f.meta?.preferredVisualisationType])).toEqual([
    ['nodes', 'nodeGraph'],
    ['edges', 'nodeGraph'],
  ]);
  const nodes = page.getByTestId(hostTestIds.nodeGraph.node);
  await expect(nodes).toHaveCount(4);
  await expect(page.getByTestId(hostTestIds.nodeGraph.edge)).toHaveCount(3);
  await expect(nodes.and(page.locator('[data-id="customer.nps"]'))).toContainText('Net Promoter Score');
  await expect(nodes.and(page.locator('[data-id="customer.nps"]'))).toContainText('v3');
  await expect(page.getByText("host stand-in for Grafana's Node graph panel")).toBeVisible();
  await expect(page.getByText("host stand-in for Grafana's Stat panel")).toBeVisible();
  await expect(panelBox(page, 3)).toContainText('44');
  await snap('dashboards-core-stand-ins-light');
});

const panelBox = (page: import('@playwright/test').Page, id: number) =>
  page.getByTestId(hostTestIds.panel).and(page.locator(`[data-panel-id="${id}"]`));

test("node graph frames Grafana cannot draw fail with Grafana's error, or on an edge to a missing node", async ({
  hostPage: page,
  snap,
}) => {
  const result = await page.evaluate(() => window.host.renderDashboard({ uid: 'host-nodegraph-errors' }));
  expect(result.panels.map((p) => [p.status, p.error])).toEqual([
    ['error', 'id field is required for nodes data frame.'],
    ['error', 'edge "e2" points at node id "ghost", which is not in the nodes data frame.'],
  ]);
  await expect(page.getByTestId(hostTestIds.panel).and(page.locator('[data-status="error"]'))).toHaveCount(2);
  await expect(panelBox(page, 1).getByTestId(hostTestIds.panelProblem)).toHaveText(
    'id field is required for nodes data frame.'
  );
  await snap('dashboards-node-graph-errors');
});

test('unknown panel types, unknown TestData scenarios and collapsed rows are shown and reported', async ({
  hostPage: page,
}) => {
  const result = await page.evaluate(() => window.host.renderDashboard({ uid: 'host-variables' }));
  expect(panel(result, 6)).toMatchObject({
    status: 'unavailable',
    error: 'panel type "piechart" is not available in the host',
  });
  expect(panel(result, 6).requests).toEqual([]);
  expect(panel(result, 7)).toMatchObject({
    status: 'error',
    error: expect.stringContaining('TestData scenario "random_walk"'),
  });
  expect(result.skippedPanels).toEqual([{ id: 9, title: 'Hidden in a collapsed row', row: 'Details' }]);
  expect(result.panels.map((p) => p.id)).not.toContain(9);
  await expect(panelBox(page, 6)).toContainText('panel type "piechart" is not available in the host');
  await expect(page.getByTestId(hostTestIds.row)).toContainText('Details');
});
