import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BundlePathError, loadBundle, Located } from './load';
import { EXPRESSION_KPI, KPI, SCORECARD, SOURCE, VALID_FILES, writeFixture } from './test-fixtures';

let dirs: string[] = [];

async function fixture(files: Record<string, string>): Promise<string> {
  const dir = await writeFixture(files);
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

/** Problems as `name:line:col message`, with the fixture directory cut off. */
const lines = (dir: string, problems: Located[]) =>
  problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}:${p.col} ${p.message}`);

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = await fixture(files);
  return lines(dir, (await loadBundle([dir])).problems);
}

describe('loadBundle', () => {
  it('accepts a valid document of every kind, read recursively from a directory in sorted order', async () => {
    const dir = await fixture({ ...VALID_FILES, 'notes.txt': 'not yaml', '.hidden/x.yaml': 'kind: nonsense' });
    const bundle = await loadBundle([dir]);
    expect(bundle.problems).toEqual([]);
    expect(bundle.documents.map((d) => [d.file.slice(dir.length + 1), d.doc.kind, d.doc.metadata.id])).toEqual([
      ['freeze.yaml', 'FreezeWindow', 'year-end'],
      ['journey.yaml', 'Journey', 'signup'],
      ['kpis/gap.yml', 'KPI', 'customer.nps-gap'],
      ['kpis/nps.yaml', 'KPI', 'customer.nps'],
      ['maturity.yaml', 'MaturityModel', 'kpi-maturity'],
      ['scorecard.yaml', 'Scorecard', 'corporate'],
      ['source.yaml', 'Source', 'events'],
    ]);
  });

  it('reads several documents of a file, skipping empty ones, and applies schema defaults', async () => {
    const scorecard = SCORECARD.replace(/.*customer\.nps-gap.*\n/, '');
    const dir = await fixture({ 'all.yaml': `---\n${SOURCE}---\n---\n# nothing here\n---\n${KPI}---\n${scorecard}` });
    const { documents, problems } = await loadBundle([join(dir, 'all.yaml')]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.index, d.line, d.doc.kind])).toEqual([
      [0, 2, 'Source'],
      [3, 11, 'KPI'],
      [4, 27, 'Scorecard'],
    ]);
    const last = documents[2]?.doc;
    expect(last?.kind === 'Scorecard' && last.spec.perspectives[0]?.weight).toBe(1);
  });

  it('points at the value of a field with the wrong type', async () => {
    const kpi = KPI.replace('target: 45', 'target: "forty-five"').replace('unit: score', 'unit: [score]');
    expect(await problemsOf({ 'kpi.yaml': kpi, 'source.yaml': SOURCE })).toEqual([
      'kpi.yaml:9:9 spec.unit: expected text, got a list',
      'kpi.yaml:11:11 spec.target: expected a number, got "forty-five"',
    ]);
  });

  it('reports every problem of a file, each where it is', async () => {
    const kpi = KPI.replace('perspective: customer', 'perspective: customers')
      .replace('  owner: head-of-customer-success\n', '  owner:\n  colour: red\n')
      .replace('metadata: {id: customer.nps,', 'metadata: {id: Customer.NPS,')
      .replace('aggregate: nps, field: value', 'aggregate: median, field: 3');
    expect(await problemsOf({ 'kpi.yaml': kpi, 'source.yaml': SOURCE })).toEqual([
      'kpi.yaml:3:16 metadata.id: must be lowercase letters, digits, "." and "-", starting with a letter or digit, got "Customer.NPS"',
      'kpi.yaml:6:16 spec.perspective: must be one of financial, customer, internal-process, learning-growth; got "customers" (did you mean "customer"?)',
      'kpi.yaml:13:3 spec.owner: expected text, got an empty value',
      'kpi.yaml:14:3 spec.colour: unknown field "colour"',
      'kpi.yaml:16:57 spec.calculation.measure.field: expected text, got 3',
    ]);
  });

  it('points at the parent when a required field is missing', async () => {
    const kpi = KPI.replace('  name: Net Promoter Score\n', '').replace(
      'thresholds: {redFlag: 20, goal: 45}',
      'thresholds: {goal: 45}'
    );
    const noSpec = 'apiVersion: scorecard/v1\nkind: Source\nmetadata: {id: x}\n';
    expect(await problemsOf({ 'kpi.yaml': kpi, 'source.yaml': SOURCE, 'x.yaml': noSpec })).toEqual([
      'kpi.yaml:4:1 spec: missing required field "name"',
      'kpi.yaml:11:3 spec.thresholds: missing required field "redFlag"',
      'x.yaml:1:1 missing required field "spec"',
    ]);
  });

  it('names the one calculation key a KPI needs', async () => {
    const kpi = KPI.replace('measure: {', 'measur: {');
    expect(await problemsOf({ 'kpi.yaml': kpi, 'source.yaml': SOURCE })).toEqual([
      'kpi.yaml:15:5 spec.calculation: needs exactly one of measure, expression, manual or sql; found measur',
    ]);
  });

  it('reports YAML syntax errors at their position, and the other files still', async () => {
    const broken = 'apiVersion: scorecard/v1\nkind: Source\nmetadata: {id: other\nspec: {engine: duckdb}\n';
    expect(await problemsOf({ 'a.yaml': 'key: [1, 2\nnext: 3\n', 'b.yaml': broken, 'c.yaml': KPI })).toEqual([
      'a.yaml:2:1 Flow sequence in block collection must be sufficiently indented and end with a ]',
      expect.stringMatching(/^b\.yaml:4:1 /),
      'c.yaml:15:23 spec.calculation.measure.source: unknown Source "events"',
    ]);
  });

  it('gives an unknown or missing kind and a wrong apiVersion their own messages', async () => {
    const kinds = 'KPI, Scorecard, Journey, Source, FreezeWindow, MaturityModel, EscalationPolicy';
    const files = {
      'a.yaml': SOURCE.replace('kind: Source', 'kind: source'),
      'b.yaml': SOURCE.replace('kind: Source\n', ''),
      'c.yaml': SOURCE.replace('scorecard/v1', 'scorecard/v2'),
      'd.yaml': '- just\n- a list\n',
    };
    expect(await problemsOf(files)).toEqual([
      `a.yaml:2:7 unknown kind "source" (did you mean "Source"?): valid kinds are ${kinds}`,
      `b.yaml:1:1 missing kind: one of ${kinds}`,
      'c.yaml:1:13 apiVersion must be "scorecard/v1", got "scorecard/v2"',
      'd.yaml:1:1 a document must be a mapping with apiVersion, kind, metadata and spec; got a list',
    ]);
  });

  it('reports duplicate ids across files at the second, naming the first', async () => {
    const dir = await fixture({ 'a.yaml': SOURCE, 'b.yaml': `${KPI}---\n${SOURCE}` });
    expect(lines(dir, (await loadBundle([dir])).problems)).toEqual([
      `b.yaml:19:16 metadata.id: duplicate Source "events" (first defined at ${join(dir, 'a.yaml')}:3:16)`,
    ]);
  });

  it('reports a scorecard naming an unknown KPI', async () => {
    expect(await problemsOf({ 'scorecard.yaml': SCORECARD, 'kpi.yaml': KPI, 'source.yaml': SOURCE })).toEqual([
      'scorecard.yaml:14:21 spec.perspectives[0].objectives[0].kpis[1].kpi: unknown KPI "customer.nps-gap" (did you mean "customer.nps"?)',
    ]);
  });

  it('names a cycle among expression inputs', async () => {
    const kpi = (id: string, input: string) =>
      KPI.replace('id: customer.nps,', `id: ${id},`).replace(
        /measure: .*/,
        `expression: {expr: "x + 1", inputs: {x: ${input}}}`
      );
    expect(await problemsOf({ 'a.yaml': kpi('a', 'b'), 'b.yaml': kpi('b', 'a') })).toEqual([
      'a.yaml:15:45 spec.calculation.expression.inputs.x: expression inputs form a cycle: a → b → a',
    ]);
  });

  it('points expression syntax errors at expr, with the column inside it', async () => {
    const files = { 'gap.yaml': EXPRESSION_KPI.replace('0)"', '0"'), 'kpi.yaml': KPI, 'source.yaml': SOURCE };
    expect(await problemsOf(files)).toEqual([
      'gap.yaml:14:24 spec.calculation.expression.expr: syntax error at column 16: missing ")" to close the "max(" at column 1',
    ]);
  });

  it('does not report references to a document that is itself invalid', async () => {
    const kpi = KPI.replace('target: 45', 'target: high');
    expect(
      await problemsOf({ 'kpi.yaml': kpi, 'scorecard.yaml': SCORECARD.replace(/.*customer\.nps-gap.*\n/, '') })
    ).toEqual(['kpi.yaml:11:11 spec.target: expected a number, got "high"']);
  });

  it('accepts references to resources the caller knows', async () => {
    const dir = await fixture({ 'kpi.yaml': KPI });
    const { problems } = await loadBundle([dir], { known: [{ kind: 'Source', id: 'events' }] });
    expect(problems).toEqual([]);
  });

  it('throws BundlePathError for a missing path or a directory without YAML', async () => {
    const dir = await fixture({ 'notes.txt': 'x' });
    await expect(loadBundle([join(dir, 'nope')])).rejects.toThrow(
      new BundlePathError(`${join(dir, 'nope')}: no such file or directory`)
    );
    await expect(loadBundle([dir])).rejects.toThrow(`${dir}: no .yaml or .yml files in this directory`);
    await expect(loadBundle([])).rejects.toThrow(BundlePathError);
  });
});
