import { ResourceDocument, resourceDocument } from '../schema';
import { checkBundle } from './references';

const envelope = (kind: string, id: string, spec: object) =>
  resourceDocument.parse({ apiVersion: 'scorecard/v1', kind, metadata: { id }, spec });

function kpi(id: string, calculation: object, extra: object = {}): ResourceDocument {
  return envelope('KPI', id, {
    name: id,
    perspective: 'customer',
    indicator: 'lagging',
    unit: 'score',
    direction: 'higher-is-better',
    target: 45,
    thresholds: { redFlag: 20, goal: 45 },
    owner: 'cx',
    calculation,
    ...extra,
  });
}

const manual = (id: string, extra: object = {}) => kpi(id, { manual: {} }, extra);
const expression = (id: string, expr: string, inputs: Record<string, string>) =>
  kpi(id, { expression: { expr, inputs } });
const source = (id: string) => envelope('Source', id, { engine: 'duckdb' });

const scorecard = (id: string, kpis: string[], parent?: string) =>
  envelope('Scorecard', id, {
    name: id,
    ...(parent === undefined ? {} : { parent }),
    perspectives: [{ id: 'p', name: 'P', objectives: [{ id: 'o', name: 'O', kpis: kpis.map((k) => ({ kpi: k })) }] }],
  });

const journey = (id: string, src: string, stageKpis: string[]) =>
  envelope('Journey', id, {
    name: id,
    source: src,
    conversionWindow: '30d',
    order: 'ordered',
    stages: [
      { id: 'trial', name: 'Trial', match: { event: 'trial' }, kpis: stageKpis },
      { id: 'paid', name: 'Paid', match: { event: 'paid' } },
    ],
  });

const freeze = (id: string, kpis: string[]) =>
  envelope('FreezeWindow', id, { from: '2025-12-20', to: '2026-01-05', scope: { kpis }, reason: 'year end' });

const maturity = (id: string) =>
  envelope('MaturityModel', id, {
    name: id,
    dimensions: [{ id: 'd', name: 'D', criteria: [{ id: 'c', stage: 'defined', text: 'KPIs have owners' }] }],
  });

describe('checkBundle', () => {
  it('accepts a consistent bundle of every kind', () => {
    const docs = [
      source('events'),
      kpi('nps', { measure: { source: 'events', aggregate: 'nps', field: 'value' } }, { journeyStage: 'advocacy' }),
      manual('trials', { journeyStage: 'trial' }),
      expression('nps.share', 'nps / max(trials, 1) * 100', { nps: 'nps', trials: 'trials' }),
      scorecard('corp', ['nps']),
      scorecard('emea', ['nps', 'nps.share'], 'corp'),
      journey('signup', 'events', ['trials']),
      freeze('year-end', ['nps']),
      maturity('kpi-maturity'),
    ];
    // emea's two KPIs both weigh 1 by default: a warning, not an error
    expect(checkBundle(docs)).toEqual([
      {
        doc: 5,
        path: ['spec', 'perspectives', 0, 'objectives', 0, 'kpis', 0, 'weight'],
        message: 'weights of the KPIs of objective o sum to 2, not 1; they are read as shares 50% / 50%',
        severity: 'warning',
      },
    ]);
  });

  it('reports duplicate ids of one kind, pointing at the first', () => {
    const docs = [manual('a'), source('a'), manual('b'), manual('a')];
    expect(checkBundle(docs)).toEqual([
      { doc: 3, path: ['metadata', 'id'], message: 'duplicate KPI "a"', related: { doc: 0, path: ['metadata', 'id'] } },
    ]);
  });

  it('reports a scorecard naming an unknown KPI or parent, suggesting a near id', () => {
    expect(checkBundle([manual('customer.nps'), scorecard('emea', ['customer.nsp'], 'corp')])).toEqual([
      { doc: 1, path: ['spec', 'parent'], message: 'unknown Scorecard "corp"' },
      {
        doc: 1,
        path: ['spec', 'perspectives', 0, 'objectives', 0, 'kpis', 0, 'kpi'],
        message: 'unknown KPI "customer.nsp" (did you mean "customer.nps"?)',
      },
    ]);
  });

  it('accepts references to known resources outside the bundle', () => {
    const known = [
      { kind: 'KPI' as const, id: 'nps' },
      { kind: 'Scorecard' as const, id: 'corp' },
      { kind: 'Source' as const, id: 'events' },
      { kind: 'Journey' as const, id: 'onboarding', stages: ['activated'] },
    ];
    const docs = [
      scorecard('emea', ['nps'], 'corp'),
      journey('j', 'events', ['nps']),
      manual('x', { journeyStage: 'activated' }),
    ];
    expect(checkBundle(docs, known)).toEqual([]);
    expect(checkBundle(docs)).toHaveLength(5);
  });

  it('names scorecard parent cycles once', () => {
    const docs = [
      scorecard('a', [], 'b'),
      scorecard('b', [], 'c'),
      scorecard('c', [], 'a'),
      scorecard('self', [], 'self'),
    ];
    expect(checkBundle(docs)).toEqual([
      { doc: 0, path: ['spec', 'parent'], message: 'scorecard parents form a cycle: a → b → c → a' },
      { doc: 3, path: ['spec', 'parent'], message: 'scorecard parents form a cycle: self → self' },
    ]);
  });

  it('reports expression syntax errors with the column', () => {
    expect(checkBundle([manual('b'), expression('a', 'x * (y', { x: 'b', y: 'b' })])).toEqual([
      {
        doc: 1,
        path: ['spec', 'calculation', 'expression', 'expr'],
        message: 'syntax error at column 7: missing ")" to close the "(" at column 5',
      },
    ]);
  });

  it('reports inputs naming unknown KPIs, names missing from inputs, and unused inputs', () => {
    const docs = [manual('b'), expression('a', 'x + y', { x: 'b', z: 'c' })];
    expect(checkBundle(docs)).toEqual([
      { doc: 1, path: ['spec', 'calculation', 'expression', 'inputs', 'z'], message: 'unknown KPI "c"' },
      {
        doc: 1,
        path: ['spec', 'calculation', 'expression', 'expr'],
        message: '"y" is used in expr but not declared in inputs',
      },
      { doc: 1, path: ['spec', 'calculation', 'expression', 'inputs', 'z'], message: 'input "z" is not used in expr' },
    ]);
  });

  it('names cycles among expression inputs', () => {
    const docs = [
      manual('base'),
      expression('a', 'x + base', { x: 'b', base: 'base' }),
      expression('b', 'y * 2', { y: 'a' }),
      expression('own', 'me + 1', { me: 'own' }),
    ];
    expect(checkBundle(docs)).toEqual([
      {
        doc: 1,
        path: ['spec', 'calculation', 'expression', 'inputs', 'x'],
        message: 'expression inputs form a cycle: a → b → a',
      },
      {
        doc: 3,
        path: ['spec', 'calculation', 'expression', 'inputs', 'me'],
        message: 'expression inputs form a cycle: own → own',
      },
    ]);
  });

  it('reports unknown measure and journey sources and unknown journey stage KPIs', () => {
    const docs = [kpi('m', { measure: { source: 'crm', aggregate: 'count' } }), journey('j', 'crm', ['m', 'gone'])];
    expect(checkBundle(docs)).toEqual([
      { doc: 0, path: ['spec', 'calculation', 'measure', 'source'], message: 'unknown Source "crm"' },
      { doc: 1, path: ['spec', 'source'], message: 'unknown Source "crm"' },
      { doc: 1, path: ['spec', 'stages', 0, 'kpis', 1], message: 'unknown KPI "gone"' },
    ]);
  });

  it('accepts standard journey stages and stages of journeys in the bundle, and reports others', () => {
    const docs = [
      source('s'),
      journey('j', 's', []),
      manual('std', { journeyStage: 'retention' }),
      manual('own', { journeyStage: 'paid' }),
      manual('bad', { journeyStage: 'retension' }),
    ];
    expect(checkBundle(docs)).toEqual([
      {
        doc: 4,
        path: ['spec', 'journeyStage'],
        message:
          'unknown journey stage "retension" (did you mean "retention"?): use a standard stage (awareness, evaluation, purchase, onboarding, retention, advocacy) or a stage id of a Journey',
      },
    ]);
  });

  it('reports freeze windows scoped to unknown KPIs', () => {
    expect(checkBundle([manual('a'), freeze('f', ['a', 'b'])])).toEqual([
      { doc: 1, path: ['spec', 'scope', 'kpis', 1], message: 'unknown KPI "b"' },
    ]);
  });

  it('reports freeze windows scoped to unknown scorecards and journeys', () => {
    const window = envelope('FreezeWindow', 'board', {
      from: '2026-01-01',
      to: '2026-02-01',
      scope: { scorecards: ['corporate'], journeys: ['onboarding'] },
      reason: 'board pack',
    });
    expect(checkBundle([window])).toEqual([
      { doc: 0, path: ['spec', 'scope', 'scorecards', 0], message: 'unknown Scorecard "corporate"' },
      { doc: 0, path: ['spec', 'scope', 'journeys', 0], message: 'unknown Journey "onboarding"' },
    ]);
  });

  it('allows sql calculations (admin-only use is enforced by the server)', () => {
    expect(checkBundle([kpi('q', { sql: { query: 'SELECT 1 AS value' } })])).toEqual([]);
  });
});
