import { type PeriodBenchmark } from '../../../../core/maturity/kpi-benchmark-api';
import { bandExtent, kpiRows, rangeOf, unitValuesOf } from './kpiRows';

const NOW = Date.parse('2026-12-02T12:47:00Z');

const periods: PeriodBenchmark[] = [
  {
    start: '2026-09-01T00:00:00Z',
    end: '2026-10-01T00:00:00Z',
    label: 'September 2026',
    n: 6,
    suppressed: false,
    p10: 1,
    p25: 2,
    p50: 3,
    p75: 4,
    p90: 5,
    ranks: { north: 62.5, south: 10 },
  },
  {
    start: '2026-10-01T00:00:00Z',
    end: '2026-11-01T00:00:00Z',
    label: 'October 2026',
    n: 6,
    suppressed: true,
    reason: 'a single unit holds more than 50% of the total (dominance rule)',
  },
  {
    start: '2026-11-01T00:00:00Z',
    end: '2026-12-01T00:00:00Z',
    label: 'November 2026',
    n: 5,
    suppressed: false,
    p10: 0.5,
    p25: 2,
    p50: 3,
    p75: 4,
    p90: 9,
    ranks: { south: 50, east: 90 },
  },
];

describe('KPI benchmark rows', () => {
  it('covers the whole months before the current one, from a day early', () => {
    expect(new Date(rangeOf(6, NOW).from).toISOString()).toBe('2026-05-31T00:00:00.000Z');
    expect(new Date(rangeOf(12, NOW).from).toISOString()).toBe('2025-11-30T00:00:00.000Z');
    expect(rangeOf(6, NOW).to).toBe(NOW);
  });

  it('lists every unit value ranked in some period', () => {
    expect(unitValuesOf({ periods })).toEqual(['east', 'north', 'south']);
  });

  it("gives each period's band, the reason it is suppressed, and the unit's rank", () => {
    expect(kpiRows({ periods }, 'north')).toEqual([
      {
        label: 'September 2026',
        n: 6,
        band: { p10: 1, p25: 2, p50: 3, p75: 4, p90: 5 },
        reason: null,
        rank: '63rd percentile',
      },
      {
        label: 'October 2026',
        n: 6,
        band: null,
        reason: 'a single unit holds more than 50% of the total (dominance rule)',
        rank: 'suppressed',
      },
      {
        label: 'November 2026',
        n: 5,
        band: { p10: 0.5, p25: 2, p50: 3, p75: 4, p90: 9 },
        reason: null,
        rank: 'no value in this period',
      },
    ]);
    expect(kpiRows({ periods }, '').map((r) => r.rank)).toEqual(['—', 'suppressed', '—']);
  });

  it('spans the chart from the lowest p10 to the highest p90 of the shown periods', () => {
    expect(bandExtent(kpiRows({ periods }, ''))).toEqual({ min: 0.5, max: 9 });
    expect(bandExtent(kpiRows({ periods: periods.slice(1, 2) }, ''))).toBeNull();
  });
});
