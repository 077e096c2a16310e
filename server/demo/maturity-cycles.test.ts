import { type CycleResults } from '../../core/maturity/api';
import { type MaturityModelSpec } from '../../core/schema';
import { LocalDataTarget } from '../events/target/local-data';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { duckDbPlace } from '../test-support/places';
import { loadExampleOrg } from './example-org';
import { answerBody, DEMO_UNITS, planMaturityCycles } from './maturity-cycles';
import { DEMO_MATURITY_MODEL, seedDemo } from './seed';
import { TEST_END } from './test-support';

async function exampleModel(): Promise<{ id: string; spec: MaturityModelSpec }> {
  const doc = (await loadExampleOrg()).find((d) => d.kind === 'MaturityModel');
  if (doc?.kind !== 'MaturityModel') {
    throw new Error('the example organisation has no MaturityModel');
  }
  return { id: doc.metadata.id, spec: doc.spec };
}

describe('planMaturityCycles', () => {
  it('plans three years for eight units the same way for the same seed', async () => {
    const model = await exampleModel();
    const plan = planMaturityCycles({ seed: 'northwind', year: 2026, model });
    expect(planMaturityCycles({ seed: 'northwind', year: 2026, model })).toEqual(plan);
    expect(planMaturityCycles({ seed: 'other', year: 2026, model })).not.toEqual(plan);
    // 3 years x 8 units, oldest year first
    expect(plan.map((p) => p.id).slice(0, 2)).toEqual(['northwind-smb-2024', 'emea-enterprise-2024']);
    expect(plan.map((p) => p.year)).toEqual([...Array(8).fill(2024), ...Array(8).fill(2025), ...Array(8).fill(2026)]);
    expect(new Set(plan.map((p) => p.unit))).toEqual(new Set(DEMO_UNITS));
    expect(plan.every((p) => p.asOf === (p.year === 2026 ? undefined : `${p.year}-11-30`))).toBe(true);
    expect(plan.every((p) => p.assessors.length >= 2 && p.assessors.length <= 3)).toBe(true);
    expect(plan.every((p) => p.assessors.every((a) => /^[a-z]+\.[a-z]+$/.test(a)))).toBe(true);
    // the example model has 63 criteria over 11 dimensions
    expect(plan.every((p) => Object.keys(p.truth).length === 63 && Object.keys(p.stages).length === 11)).toBe(true);
  });

  it('mostly agrees with the truth, and has the stages mostly rise', async () => {
    const plan = planMaturityCycles({ seed: 'northwind', year: 2026, model: await exampleModel() });
    const readings = plan.flatMap((p) =>
      Object.values(p.answers).flatMap((a) => Object.entries(a).map(([id, x]) => x === p.truth[id]))
    );
    const agree = readings.filter(Boolean).length / readings.length;
    expect(agree).toBeGreaterThan(0.9);
    expect(agree).toBeLessThan(1);
    const steps = DEMO_UNITS.flatMap((unit) => {
      const [first, , last] = plan.filter((p) => p.unit === unit);
      return Object.entries(last?.stages ?? {}).map(([d, s]) => s - (first?.stages[d] ?? 0));
    });
    expect(steps.filter((d) => d > 0).length).toBeGreaterThan(steps.filter((d) => d < 0).length);
  });
});

describe('answerBody', () => {
  const criterion = (id: string, evidence: CycleResults['criteria'][number]['evidence']) => ({
    id,
    dimension: 'd',
    stage: 'defined',
    text: id,
    consensus: null,
    disputed: false,
    settled: null,
    byAssessor: {},
    evidence,
    exemption: null,
  });
  const figure = (answer: 'met' | 'not-met') => ({
    check: 'kpis-with-owner' as const,
    atLeast: 1,
    share: answer === 'met' ? 1 : 0,
    numerator: answer === 'met' ? 4 : 0,
    denominator: 4,
    text: answer === 'met' ? '4 of 4 KPIs' : '0 of 4 KPIs',
    answer,
  });

  it('leaves to the registry what it answers as planned and overrides the rest with a note', () => {
    const registry = [criterion('a', null), criterion('b', figure('met')), criterion('c', figure('not-met'))];
    const body = answerBody({ a: 'partial', b: 'met', c: 'met' }, registry, '2025-11-30');
    expect(body).toEqual({
      a: { answer: 'partial' },
      c: {
        answer: 'met',
        note: "The registry shows 0 of 4 KPIs as of 2025-11-30; the unit's own KPI workbook, reviewed in the assessment, meets it.",
      },
    });
  });
});

describe('the demo seed on DuckDB', () => {
  let place: StorePlace;
  let store: Store;
  let target: LocalDataTarget;
  const options = { events: 20_000, seed: 'maturity-test', end: TEST_END };

  beforeAll(async () => {
    place = await duckDbPlace();
    store = await place.open();
    target = await LocalDataTarget.open(store, 'demo-test');
  });
  afterAll(async () => {
    await target.close();
    await place.dispose();
  });

  it('adds 24 released cycles that benchmark without suppression and show change, and nothing the second time', async () => {
    const first = await seedDemo(target, options);
    expect(first.maturity).toMatchObject({ added: 24, existing: 0 });
    process.stdout.write(`maturity cycles took ${((first.maturity?.ms ?? 0) / 1000).toFixed(1)} s\n`);
    const maturity = await target.maturity();
    const cycles = await maturity.listCycles({ model: DEMO_MATURITY_MODEL });
    expect(cycles.filter((c) => c.state === 'released')).toHaveLength(24);
    expect(cycles.every((c) => c.assessors.length >= 2 && c.assessors.length <= 3)).toBe(true);
    // TEST_END is in 2026: 2024, 2025 and 2026, 8 units each
    expect([...new Set(cycles.map((c) => c.year))].sort()).toEqual([2024, 2025, 2026]);

    const bench = await maturity.benchmarks({ model: DEMO_MATURITY_MODEL, year: 2026, minGroup: 5 });
    expect(bench.dimensions).toHaveLength(11);
    expect(bench.dimensions.filter((d) => d.suppressed)).toEqual([]);
    expect(bench.dimensions.every((d) => d.n === 8)).toBe(true);

    const latest = await Promise.all(DEMO_UNITS.map((unit) => maturity.results(`${unit}-2026`)));
    expect(latest.filter((r) => r.previous?.year !== 2025)).toEqual([]);
    expect(latest.filter((r) => Object.keys(r.change).length === 0)).toEqual([]);
    expect(latest.some((r) => Object.values(r.change).some((delta) => delta !== 0))).toBe(true);
    const settled = latest.flatMap((r) => r.criteria.filter((c) => c.settled !== null));
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((c) => (c.settled?.note ?? '').startsWith('Settled in calibration'))).toBe(true);

    const again = await seedDemo(target, options);
    expect(again).toMatchObject({ seeded: false, maturity: { added: 0, existing: 24 } });
    expect(await maturity.listCycles({ model: DEMO_MATURITY_MODEL })).toHaveLength(24);
    await maturity.close();
    // on DuckDB each answer upserts its ~57 rows one statement at a time (server/maturity/repo.ts saveAnswers)
  }, 120_000);
});
