import {
  calculationKey,
  duplicatePairs,
  type KpiSeries,
  needsMonthly,
  pairCorrelation,
  pearson,
  samePairs,
} from './duplicates';
import { type Calculation } from './schema';

const count = (filter: Record<string, string | string[]>): Calculation => ({
  measure: { source: 'own', aggregate: 'count', filter },
});
const on = (values: Array<number | null>, start = 0) => values.map((value, i) => ({ time: start + i, value }));

describe('pearson', () => {
  it('is 1 and -1 on exact lines', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('matches a hand computation', () => {
    // means 2.5 and 2.5; dx = -1.5, -0.5, 0.5, 1.5; dy = -1.5, 0.5, -0.5, 1.5; Σdxdy = 2.25 - 0.25 - 0.25 + 2.25 = 4; Σdx² = Σdy² = 5 → 4/5
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it('is null for fewer than two pairs or a constant side', () => {
    expect(pearson([1], [1])).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
  });
});

describe('samePairs', () => {
  it('ignores key order and the order of listed filter values, and a one-value list', () => {
    const kpis = [
      { id: 'b', calculation: count({ event: ['won', 'lost'], channel: 'web' }) },
      { id: 'a', calculation: count({ channel: ['web'], event: ['lost', 'won'] }) },
      { id: 'c', calculation: count({ event: 'won' }) },
    ];
    expect(samePairs(kpis)).toEqual([['a', 'b']]);
  });

  it('never pairs manual KPIs, but pairs equal expressions', () => {
    const expr: Calculation = { expression: { expr: 'x / y', inputs: { x: 'k.x', y: 'k.y' } } };
    const kpis = [
      { id: 'm1', calculation: { manual: {} } },
      { id: 'm2', calculation: { manual: {} } },
      { id: 'e2', calculation: expr },
      { id: 'e1', calculation: expr },
      { id: 'e3', calculation: { expression: { expr: 'x / y', inputs: { x: 'k.x', y: 'k.z' } } } },
    ];
    expect(samePairs(kpis)).toEqual([['e1', 'e2']]);
    expect(calculationKey({ manual: {} })).toBeNull();
  });
});

describe('needsMonthly', () => {
  it('asks for months only when periods differ, and only of KPIs not already monthly', () => {
    expect(
      needsMonthly([
        { id: 'a', period: 'week' },
        { id: 'b', period: 'week' },
      ])
    ).toEqual([]);
    expect(
      needsMonthly([
        { id: 'a', period: 'month' },
        { id: 'q', period: 'quarter' },
      ])
    ).toEqual(['q']);
  });
});

describe('pairCorrelation', () => {
  it('uses the periods both have values for', () => {
    const a: KpiSeries = { id: 'a', period: 'month', own: on([1, 2, null, 3, 4]) };
    const b: KpiSeries = { id: 'b', period: 'month', own: on([1, 3, 7, 2, null]) };
    // common: times 0, 1, 3 → xs [1, 2, 3], ys [1, 3, 2]; means 2, 2; Σdxdy = 1 + 0 + 0 = 1; Σdx² = 2, Σdy² = 2 → 0.5
    const c = pairCorrelation(a, b);
    expect(c.periods).toBe(3);
    expect(c.r).toBeCloseTo(0.5, 12);
  });

  it('compares different periods on months', () => {
    const a: KpiSeries = { id: 'a', period: 'month', own: on([1, 2, 3]) };
    const q: KpiSeries = { id: 'q', period: 'quarter', own: on([100], 0), monthly: on([3, 2, 1]) };
    expect(pairCorrelation(a, q)).toEqual({ r: -1, periods: 3 });
    expect(pairCorrelation(a, { ...q, monthly: undefined })).toEqual({ r: null, periods: 0 });
  });
});

describe('duplicatePairs', () => {
  const opts = { threshold: 0.95, minPeriods: 6 };
  const up = on([1, 2, 3, 4, 5, 6]);

  it('lists same calculations with r, then correlated pairs at or above the threshold, strongest first', () => {
    const kpis = [
      { id: 'a', calculation: count({ event: 'won' }) },
      { id: 'b', calculation: count({ event: ['won'] }) },
      { id: 'c', calculation: { manual: {} } },
      { id: 'd', calculation: { manual: {} } },
      { id: 'e', calculation: { manual: {} } },
    ];
    const series: KpiSeries[] = [
      { id: 'a', period: 'month', own: up },
      { id: 'b', period: 'month', own: on([1, 2, 3]) },
      { id: 'c', period: 'month', own: on([2, 4, 6, 8, 10, 12]) },
      // xs 1..6 (mean 3.5, Σdx² = 17.5); ys 1,2,3,4,5,7 (mean 11/3): dy = -8/3, -5/3, -2/3, 1/3, 4/3, 10/3: Σdxdy = (20 + 7.5 + 1 + 0.5 + 6 + 25) / 3 = 20, Σdy² = 210/9
      // r = 20 / √(17.5 · 23.333…) = 20 / 20.2073 = 0.98974
      { id: 'd', period: 'month', own: on([1, 2, 3, 4, 5, 7]) },
      { id: 'e', period: 'month', own: on([6, 1, 5, 2, 4, 3]) },
    ];
    const pairs = duplicatePairs(kpis, series, opts);
    expect(pairs.map((p) => [p.a, p.b, p.reason, p.periods])).toEqual([
      ['a', 'b', 'same-calculation', 3],
      ['a', 'c', 'correlated', 6],
      ['a', 'd', 'correlated', 6],
      ['c', 'd', 'correlated', 6],
    ]);
    // only 3 common periods: below the 6 needed, so r is not known
    expect(pairs[0]?.correlation).toBeNull();
    expect(pairs[1]?.correlation).toBeCloseTo(1, 12);
    expect(pairs[2]?.correlation).toBeCloseTo(0.98974, 4);
    expect(pairs[3]?.correlation).toBeCloseTo(0.98974, 4);
  });

  it('reports nothing under six common periods however well they correlate', () => {
    const series: KpiSeries[] = [
      { id: 'a', period: 'month', own: on([1, 2, 3, 4, 5]) },
      { id: 'b', period: 'month', own: on([2, 4, 6, 8, 10]) },
    ];
    expect(duplicatePairs([], series, opts)).toEqual([]);
  });
});
