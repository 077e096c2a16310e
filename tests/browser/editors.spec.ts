// The host's editor renderers record what a datasource editor reports, shown here with the TestData stand-in's editor.
import { hostTestIds } from '../../host/src/testIds';
import { expect, test } from './fixtures';

const UID = 'scorecard-testdata';

test('a query editor gets the query; onChange and onRunQuery are recorded and a run queries the datasource', async ({
  hostPage: page,
}) => {
  await page.evaluate(
    (uid) =>
      window.host.renderQueryEditor({ uid, query: { refId: 'A', scenarioId: 'csv_content', csvContent: 'a\n1' } }),
    UID
  );
  const content = page.getByTestId(hostTestIds.testData.content);
  await expect(content).toHaveValue('a\n1');
  expect(await page.evaluate(() => window.host.queryEditorState())).toEqual({ queries: [], runs: 0 });

  await content.fill('kpi,value\nnps,38');
  await content.blur();
  await expect.poll(() => page.evaluate(() => window.host.queryEditorState().lastRun)).toBeDefined();
  const state = await page.evaluate(() => window.host.queryEditorState());
  expect(state.queries).toEqual([{ refId: 'A', scenarioId: 'csv_content', csvContent: 'kpi,value\nnps,38' }]);
  expect(state.runs).toBe(1);
  expect(state.lastRun?.error).toBeUndefined();
  expect(state.lastRun?.frames[0]?.fields.map((f) => [f.name, f.type, f.values])).toEqual([
    ['kpi', 'string', ['nps']],
    ['value', 'number', [38]],
  ]);
});

test('without a query the editor gets a new one as Grafana adds it: defaults, datasource ref, refId A', async ({
  hostPage: page,
}) => {
  await page.evaluate((uid) => window.host.renderQueryEditor({ uid, theme: 'light' }), UID);
  await expect(page.getByTestId(hostTestIds.editors.query)).toBeVisible();
  await page.getByTestId(hostTestIds.testData.content).fill('x\n1');
  await page.getByTestId(hostTestIds.testData.content).blur();
  const state = await page.evaluate(() => window.host.queryEditorState());
  expect(state.queries[0]).toEqual({
    refId: 'A',
    datasource: { type: 'grafana-testdata-datasource', uid: UID },
    scenarioId: 'csv_content',
    csvContent: 'x\n1',
  });
});

test('an annotation editor runs the annotation on mount and records target and annotation changes', async ({
  hostPage: page,
}) => {
  const annotation = {
    name: 'Check-ins',
    target: { refId: 'Anno', scenarioId: 'csv_content', csvContent: 'time,text\n2026-01-01T00:00:00Z,hello' },
  };
  await page.evaluate(({ uid, a }) => window.host.renderAnnotationEditor({ uid, annotation: a }), {
    uid: UID,
    a: annotation,
  });
  await expect(page.getByTestId(hostTestIds.editors.annotation)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.host.annotationEditorState().runs)).toBe(1);
  expect((await page.evaluate(() => window.host.annotationEditorState())).lastRun?.events).toEqual([
    expect.objectContaining({ time: Date.UTC(2026, 0, 1), text: 'hello', isRegion: false }),
  ]);

  await page.getByTestId(hostTestIds.testData.content).fill('time,text\n2026-01-02T00:00:00Z,changed');
  await page.getByTestId(hostTestIds.testData.content).blur();
  await expect.poll(() => page.evaluate(() => window.host.annotationEditorState().runs)).toBe(2);
  const state = await page.evaluate(() => window.host.annotationEditorState());
  expect(state.queries.map((q) => q.csvContent)).toEqual(['time,text\n2026-01-02T00:00:00Z,changed']);
  expect(state.annotations.map((a) => [a.name, a.target?.csvContent])).toEqual([
    ['Check-ins', 'time,text\n2026-01-02T00:00:00Z,changed'],
  ]);
  expect(state.lastRun?.events.map((e) => e.text)).toEqual(['changed']);
});

test("prepareAnnotation's migration on mount is recorded as an annotation change", async ({ hostPage: page }) => {
  await page.evaluate((uid) => window.host.renderAnnotationEditor({ uid, annotation: { name: 'Old' } }), UID);
  await expect.poll(() => page.evaluate(() => window.host.annotationEditorState().annotations.length)).toBe(1);
  const [migrated] = (await page.evaluate(() => window.host.annotationEditorState())).annotations;
  expect(migrated?.target).toEqual({ refId: 'Anno', scenarioId: 'annotations' });
});

test('a datasource without a custom variable editor is refused with the variable support it has', async ({
  hostPage: page,
}) => {
  const render = page.evaluate((uid) => window.host.renderVariableEditor({ uid, query: '*' }), UID);
  await expect(render).rejects.toThrow(
    /grafana-testdata-datasource has no CustomVariableSupport editor \(variables: standard\)/
  );
});
