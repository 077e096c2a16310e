import { completePeriods, kpiBenchmarks, type KpiBenchmarkDeps } from './kpi-benchmarks';
import { kpiDoc } from '../test-support/documents';
import { approvedRecord } from '../test-support/records';
import { type KpiResult } from '../values/engine';

const at = (iso: string) => Date.parse(iso);

describe('completePeriods', () => {
  it('keeps the Berlin months wholly inside [from, to), DST included', () => {
    // Berlin March 2026 is [28 Feb 23:00Z, 31 Mar 22:00Z); April starts 31 Mar 22:00Z and ends 30 Apr 22:00Z
    const spans = completePeriods(at('2026-02-28T23:00:00Z'), at('2026-05-10T00:00:00Z'), 'month', 'Europe/Berlin');
    expect(spans).toEqual([
      { start: at('2026-02-28T23:00:00Z'), end: at('2026-03-31T22:00:00Z') },
      { start: at('2026-03-31T22:00:00Z'), end: at('2026-04-30T22:00:00Z') },
    ]);
    // from one ms into March: March is not whole
    expect(
      completePeriods(at('2026-02-28T23:00:00.001Z'), at('2026-04-30T22:00:00Z'), 'month', 'Europe/Berlin')
    ).toEqual([{ start: at('2026-03-31T22:00:00Z'), end: at('2026-04-30T22:00:00Z') }]);
    expect(completePeriods(at('2026-03-02T00:00:00Z'), at('2026-03-08T00:00:00Z'), 'week', 'UTC')).toEqual([]);
  });
});

describe('kpiBenchmarks', () => {
  it('asks the engine for one bucket per period split by the column and leaves rows without a value out', async () => {
    const record = approvedRecord(kpiDoc('t.k', { period: 'week' }));
    const asked: unknown[] = [];
    const series = (value: string | null, points: Array<number | null>): KpiResult => ({
      kpiId: 't.k',
      version: 1,
      definitionHash: 'h',
      versions: [],
      breakdown: { column: 'segment', value },
      points: points.map((v, i) => ({ time: i, value: v })),
    });
    const deps: KpiBenchmarkDeps = {
      registry: { versions: async () => [record] },
      engine: {
        computeKpi: async (_id, opts) => {
          asked.push(opts);
          return [series('a', [1, null]), series('b', [2, 5]), series(null, [100, 100])];
        },
      },
      timeZone: 'UTC',
      now: () => at('2026-06-01T00:00:00Z'),
    };
    // ISO weeks from Monday 2 March: 2–9 and 9–16 March
    const q = { kpi: 't.k', by: 'segment' as const, from: at('2026-03-01T00:00:00Z'), to: at('2026-03-16T00:00:00Z') };
    const out = await kpiBenchmarks(deps, { ...q, minGroup: 1, dominance: 1 });
    expect(asked).toEqual([
      {
        range: { from: at('2026-03-02T00:00:00Z'), to: at('2026-03-16T00:00:00Z') },
        intervalMs: 7 * 86_400_000,
        grid: { starts: [at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z')], end: at('2026-03-16T00:00:00Z') },
        breakdown: 'segment',
      },
    ]);
    expect(out).toMatchObject({ unit: 'percent', period: 'week' });
    // week 1: a 1, b 2 (the null row is no unit); week 2: only b 5
    expect(out.periods.map((p) => [p.label, p.n, p.ranks])).toEqual([
      ['Week 10, 2026', 2, { a: 25, b: 75 }],
      ['Week 11, 2026', 1, { b: 50 }],
    ]);
  });
});
