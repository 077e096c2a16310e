import { intervalGrid } from '../../core/periods';
import { type KpiDocument, type ResourceDocument } from '../../core/schema';
import { eventStats } from '../events/stats';
import { LocalDataTarget } from '../events/target/local-data';
import { numberColumn, type SqlParam } from '../store/sql';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { StoreSqlKpiRunner } from '../values/sql-kpi';
import { loadExampleOrg } from './example-org';
import { seedDemo } from './seed';
import { type Filter, TEST_END } from './test-support';

const DAY = 86_400_000;

/** The filters a measure reads: its filter, or its numerator and denominator each within the filter. */
function measureFilters(kpi: KpiDocument): Array<[string, Filter]> {
  const calc = kpi.spec.calculation;
  // conversion measures read the journey's stages, which exampleFilters covers
  if (!('measure' in calc) || !('source' in calc.measure)) {
    return [];
  }
  const { filter = {}, numerator, denominator } = calc.measure;
  const id = kpi.metadata.id;
  if (numerator === undefined || denominator === undefined) {
    return [[id, filter]];
  }
  return [
    [`${id} numerator`, { ...filter, ...numerator }],
    [`${id} denominator`, { ...filter, ...denominator }],
  ];
}

/** Every filter a measure or journey stage of the example organisation reads. */
function exampleFilters(docs: ResourceDocument[]): Array<[string, Filter]> {
  return docs.flatMap((d): Array<[string, Filter]> => {
    if (d.kind === 'KPI') {
      return measureFilters(d);
    }
    return d.kind === 'Journey' ? d.spec.stages.map((s): [string, Filter] => [`stage ${s.id}`, s.match]) : [];
  });
}

async function matching(store: Store, filter: Filter): Promise<number> {
  const params: SqlParam[] = [];
  const where = Object.entries(filter).map(([column, wanted]) => {
    const values = Array.isArray(wanted) ? wanted : [wanted];
    const slots = values.map((v) => {
      params.push(typeof v === 'boolean' ? String(v) : v);
      return `$${params.length}`;
    });
    return `${column} IN (${slots.join(', ')})`;
  });
  const [row] = await store.sql.query(`SELECT count(*) AS n FROM events WHERE ${where.join(' AND ')}`, params);
  return numberColumn(row, 'n') ?? 0;
}

describe.each(STORE_PLACES)('seedDemo on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let target: LocalDataTarget;
  const options = { events: 20_000, seed: 'seed-test', end: TEST_END };

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    target = await LocalDataTarget.open(store, 'demo-test');
  });
  afterAll(async () => {
    await target.close();
    await place.dispose();
  });

  it('applies the example organisation and writes exactly the generated events', async () => {
    const result = await seedDemo(target, options);
    expect(result.org).toEqual({ created: 51, unchanged: 0, differing: 0 });
    expect(result.seeded).toBe(true);
    const stats = await eventStats(store.sql);
    expect(stats.events).toBe(20_000);
    expect(result.seeded && Object.fromEntries(result.summary.byEvent)).toEqual(stats.byEvent);
    expect(stats.from?.slice(0, 10)).toBe('2025-10-22');
    expect(stats.to?.slice(0, 10)).toBe('2026-11-21');

    // also seeds 24 maturity cycles (a few seconds on DuckDB, more under load)
  }, 60_000);

  it('feeds every measure KPI and journey stage of the example organisation', async () => {
    const filters = exampleFilters(await loadExampleOrg());
    expect(filters.length).toBeGreaterThanOrEqual(28);
    const empty: string[] = [];
    for (const [name, filter] of filters) {
      if ((await matching(store, filter)) === 0) {
        empty.push(name);
      }
    }
    expect(empty).toEqual([]);
  });

  it('feeds every SQL cohort rate of the example organisation with a value within 0..1', async () => {
    const rates = (await loadExampleOrg()).flatMap((d) =>
      d.kind === 'KPI' && 'sql' in d.spec.calculation && d.spec.unit === 'percentunit' ? [d] : []
    );
    // trial-to-paid and the SMB rates; the stage conversions are conversion measures (example-conversions.test.ts)
    expect(rates.map((r) => r.metadata.id).sort()).toEqual([
      'customer.trial-to-paid',
      'smb.onboarding-completion',
      'smb.trial-to-paid',
    ]);
    const range = { from: TEST_END - 365 * DAY, to: TEST_END };
    const intervalMs = range.to - range.from;
    const runner = new StoreSqlKpiRunner(store.sql);
    const values = [];
    for (const kpi of rates) {
      const [series] = await runner.run({ kpi, range, intervalMs, grid: intervalGrid(range, intervalMs, 'UTC') });
      values.push({ kpi: kpi.metadata.id, points: series?.points.length, value: series?.points[0]?.value ?? null });
    }
    expect(values.filter((v) => v.points !== 1 || v.value === null || v.value <= 0 || v.value > 1)).toEqual([]);
  });

  it('does nothing the second time, and replaces the events with --force', async () => {
    const again = await seedDemo(target, options);
    expect(again).toMatchObject({ seeded: false, org: { created: 0, unchanged: 51 }, existing: { events: 20_000 } });
    const before = await eventStats(store.sql);
    const forced = await seedDemo(target, { ...options, force: true });
    expect(forced).toMatchObject({ seeded: true, replaced: 20_000 });
    expect(await eventStats(store.sql)).toEqual(before);
  });
});
