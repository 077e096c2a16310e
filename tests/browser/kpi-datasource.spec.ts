// The KPI datasource from dist/, provisioned as in Grafana, against the real KPI server seeded with the demo data.
import type { Page } from '@playwright/test';
import { testIds } from '../../app/testIds';
import type { DashboardRenderResult, FrameSummary, PanelRenderResult } from '../../host/src/apiDashboard';
import { expect, test } from './fixtures';

const DASHBOARD = 'scorecard-kpi-datasource';

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run through tests/browser/playwright.config.ts`);
  }
  return value;
}

interface ServerFrame {
  schema: { name?: string; fields: Array<{ name: string }> };
  data: { values: unknown[][] };
}

/** The KPI server's own answer to a query, asked directly with the token (not through the browser). */
async function direct(range: DashboardRenderResult['range'], query: Record<string, unknown>): Promise<ServerFrame[]> {
  const res = await fetch(`${env('KPI_URL')}/api/v1/query`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env('KPI_TOKEN')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ from: range.from, to: range.to, queries: [{ refId: 'X', ...query }] }),
  });
  expect(res.status).toBe(200);
  const body: { results: { X: { frames?: ServerFrame[]; error?: string } } } = await res.json();
  expect(body.results.X.error).toBeUndefined();
  return body.results.X.frames ?? [];
}

// the app-pages specs add their own e2e.* KPIs to the shared server: the demo's 43 are counted apart from them
const demo = (ids: unknown[] | undefined) => (ids ?? []).filter((id) => !String(id).startsWith('e2e.'));

const valuesOf = (frame: ServerFrame | undefined, field: string) =>
  frame?.data.values[frame.schema.fields.findIndex((f) => f.name === field)];

function panel(result: DashboardRenderResult, id: number): PanelRenderResult {
  const found = result.panels.find((p) => p.id === id);
  if (!found) {
    throw new Error(`panel ${id} is not in ${result.uid}`);
  }
  return found;
}

const field = (frame: FrameSummary | undefined, name: string) => frame?.fields.find((f) => f.name === name);

function render(page: Page, request: Parameters<Window['host']['renderDashboard']>[0]) {
  return page.evaluate((r) => window.host.renderDashboard(r), request);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the provisioned KPI dashboard: variables from the server, every query type drawn (${theme})`, async ({
    hostPage: page,
    snap,
  }) => {
    const result = await render(page, { uid: DASHBOARD, theme });

    expect(result.variables.kpi).toMatchObject({ value: ['customer.nps', 'customer.csat'] });
    expect(demo(result.variables.kpi?.options)).toHaveLength(43);
    expect(result.variables.segment?.options).toEqual(expect.arrayContaining(['enterprise', 'mid-market', 'smb']));
    expect(result.variables.scorecard).toMatchObject({ value: 'northwind-corporate', optionCount: 2 });
    expect(result.panels.map((p) => [p.id, p.status, p.error])).toEqual(
      [1, 2, 3, 4, 5, 6].map((id) => [id, 'ok', undefined])
    );

    const trend = panel(result, 1);
    expect(trend.frames.map((f) => f.name)).toEqual(['customer.nps', 'customer.csat']);
    for (const frame of trend.frames) {
      expect(frame.fields.map((f) => f.name)).toEqual(['time', frame.name, 'sample', 'moe', 'flags']);
      expect(frame.meta?.custom).toMatchObject({ kpiId: frame.name, version: 1 });
      expect(field(frame, frame.name ?? '')?.config).toMatchObject({ thresholds: { mode: 'absolute' } });
    }
    const weekly = await direct(result.range, { queryType: 'kpi', kpi: 'customer.nps', interval: '1w' });
    expect(trend.frames[0]?.length).toBe(valuesOf(weekly[0], 'time')?.length);
    expect(trend.frames[0]?.length).toBeGreaterThanOrEqual(13);
    expect(field(trend.frames[0], 'customer.nps')?.displayName).toBe('Net Promoter Score');

    const bySegment = panel(result, 2);
    expect(bySegment.frames.map((f) => field(f, 'customer.nps')?.displayName)).toEqual(
      expect.arrayContaining([
        'Net Promoter Score enterprise',
        'Net Promoter Score mid-market',
        'Net Promoter Score smb',
      ])
    );

    const [table, ...trends] = panel(result, 3).frames;
    expect(table?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['perspective', 'objective', 'kpi', 'value', 'target', 'score', 'status'])
    );
    expect(table?.meta?.custom).toMatchObject({ scorecardId: 'northwind-corporate' });
    expect(trends.length).toBe(table?.length);

    const [nodes, edges] = panel(result, 4).frames;
    expect([nodes?.name, nodes?.length, edges?.name, edges?.length]).toEqual(['nodes', 12, 'edges', 13]);
    expect(demo(panel(result, 5).frames[0]?.fields.find((f) => f.name === 'id')?.values)).toHaveLength(43);
    expect(panel(result, 6).frames.map((f) => f.name)).toEqual(['customer.nps versions', 'customer.csat versions']);

    expect(result.annotations.map((a) => [a.name, a.status, a.error])).toEqual([
      ['KPI definition changes', 'ok', undefined],
      ['Freeze windows', 'ok', undefined],
      ['Check-in notes', 'ok', undefined],
    ]);
    const [changes, , notes] = result.annotations;
    // The demo applied version 1 of both KPIs just before the tests: one change each, at the right edge.
    expect(changes?.events.map((e) => e.title).sort()).toEqual([
      'Customer satisfaction (support): definition v1 in force',
      'Net Promoter Score: definition v1 in force',
    ]);
    expect(notes?.events.length).toBeGreaterThan(0);
    expect(notes?.events.every((e) => e.tags.includes('check-in') && (e.text ?? '').length > 0)).toBe(true);
    await snap(`kpi-datasource-dashboard-${theme}`);
  });
}

test('the numbers in the panel are the ones the server computes, for All segments and for one', async ({
  hostPage: page,
}) => {
  const all = await render(page, { uid: DASHBOARD, variables: { kpi: 'customer.nps' } });
  const smb = await render(page, { uid: DASHBOARD, variables: { kpi: 'customer.nps', segment: ['smb'] } });
  const shown = (result: DashboardRenderResult) => field(panel(result, 1).frames[0], 'customer.nps')?.values;

  const allFrames = await direct(all.range, { queryType: 'kpi', kpi: 'customer.nps', interval: '1w' });
  const smbFrames = await direct(smb.range, {
    queryType: 'kpi',
    kpi: 'customer.nps',
    interval: '1w',
    filter: { segment: ['smb'] },
  });
  expect(shown(all)).toEqual(valuesOf(allFrames[0], 'customer.nps')?.slice(0, 100));
  expect(shown(smb)).toEqual(valuesOf(smbFrames[0], 'customer.nps')?.slice(0, 100));
  expect(shown(smb)).not.toEqual(shown(all));
  expect(panel(smb, 1).frames[0]?.meta?.custom).toMatchObject({ filter: { segment: ['smb'] } });
});

test('server and template errors are readable query errors beside their query', async ({
  hostPage: page,
  allowProblem,
  snap,
}) => {
  allowProblem(/proxy\/uid\/scorecard-kpi-wrong-token\//, 'the server answers 401 to the wrong token: checked here');
  allowProblem(
    /proxy\/uid\/scorecard-kpi-unreachable\//,
    'the proxy answers 502 for an unreachable server: checked here'
  );
  const result = await render(page, { uid: 'host-kpi-errors', theme: 'light' });
  const error = (id: number) => panel(result, id).error;

  expect(error(1)).toMatch(/^A: Not found \(404\): .*no\.such-kpi/);
  expect(error(2)).toBe(
    'A: Invalid query (400): invalid query: filter.customer: cannot filter on "customer": use segment, channel, region'
  );
  expect(error(3)).toBe('A: KPI "$nope" names a template variable this dashboard does not have');
  expect(error(4)).toMatch(
    /^The KPI server rejected the API token \(401\): .+\. Check the token in the datasource settings$/
  );
  expect(error(5)).toMatch(/^Grafana could not reach the KPI server \(502\): check the server URL/);
  const mixed = panel(result, 6);
  expect(mixed.error).toMatch(/^B: Invalid query \(400\): invalid interval "1 day"/);
  expect(mixed.frames.map((f) => f.name)).toEqual(['catalog']);
  expect(demo(mixed.frames[0]?.fields.find((f) => f.name === 'id')?.values)).toHaveLength(43);
  // Grafana shows a panel's error when its status icon is hovered.
  await page.getByRole('button', { name: 'status' }).nth(1).hover();
  await expect(page.getByRole('tooltip')).toContainText('cannot filter on "customer"');
  await snap('kpi-datasource-errors');
});

test('the query editor picks a KPI from the server by name, runs it, and pins a definition version', async ({
  hostPage: page,
  snap,
}) => {
  await page.evaluate(() =>
    window.host.renderQueryEditor({ uid: 'scorecard-kpi', query: { refId: 'A', queryType: 'kpi', kpi: '' } })
  );

  const picker = page.getByTestId(testIds.datasource.picker('kpis'));
  await picker.click();
  await picker.fill('promoter');
  await page.getByRole('option', { name: 'Net Promoter Score (customer.nps)', exact: true }).click();
  await expect(picker).toHaveValue('Net Promoter Score (customer.nps)');
  await expect.poll(() => page.evaluate(() => window.host.queryEditorState().lastRun)).toBeDefined();
  let state = await page.evaluate(() => window.host.queryEditorState());
  expect(state.queries.at(-1)).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps' });
  expect(state.lastRun?.error).toBeUndefined();
  expect(state.lastRun?.frames.map((f) => f.name)).toEqual(['customer.nps']);

  await page.getByTestId(testIds.datasource.filter('segment')).click();
  await page.getByRole('option', { name: 'enterprise', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Version' }).click();
  await expect.poll(() => page.evaluate(() => window.host.queryEditorState().queries.length)).toBe(3);
  state = await page.evaluate(() => window.host.queryEditorState());
  expect(state.queries.at(-1)).toEqual({
    refId: 'A',
    queryType: 'kpi',
    kpi: 'customer.nps',
    filter: { segment: ['enterprise'] },
    definition: { version: 1 },
  });
  await expect.poll(() => page.evaluate(() => window.host.queryEditorState().runs)).toBe(3);
  expect((await page.evaluate(() => window.host.queryEditorState())).lastRun?.frames[0]?.meta?.custom).toMatchObject({
    kpiId: 'customer.nps',
    version: 1,
    filter: { segment: ['enterprise'] },
  });
  await snap('kpi-datasource-query-editor');
});

test('the variable editor lists what the server has; the annotation editor shows check-in notes', async ({
  hostPage: page,
}) => {
  await page.evaluate(() =>
    window.host.renderVariableEditor({
      uid: 'scorecard-kpi',
      query: { refId: 'v', queryType: 'variables', variable: 'kpis' },
    })
  );
  await page.getByTestId(testIds.datasource.variableList).click();
  await page.getByRole('option', { name: 'Regions' }).click();
  const regions = await direct(
    { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() },
    { queryType: 'variables', variable: 'regions' }
  );
  // The preview is that of the latest query run, which comes back after the choice.
  await expect
    .poll(() => page.evaluate(() => window.host.variableEditorState().preview), { timeout: 15_000 })
    .toEqual(valuesOf(regions[0], 'value'));

  await page.evaluate(() =>
    window.host.renderAnnotationEditor({
      uid: 'scorecard-kpi',
      annotation: {
        name: 'Check-ins',
        enable: true,
        target: { refId: 'Anno', queryType: 'annotations', include: ['check-ins'] },
      },
      range: { from: 'now-90d', to: 'now' },
    })
  );
  await expect(page.getByTestId(testIds.datasource.annotationEditor)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.host.annotationEditorState().lastRun)).toBeDefined();
  const events = (await page.evaluate(() => window.host.annotationEditorState())).lastRun?.events ?? [];
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.tags[0] === 'check-in')).toBe(true);
});
