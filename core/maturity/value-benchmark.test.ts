import fc from 'fast-check';
import { benchmarkValues } from './value-benchmark';

const of = (...values: number[]) => values.map((value, i) => ({ unit: `unit-${i + 1}`, value }));

describe('benchmarkValues', () => {
  it('gives numpy-linear percentiles and ranks', () => {
    // sorted 10 20 30 40 50, h = 4p: p10 h 0.4 → 14; p25 h 1 → 20; p50 30; p75 40; p90 h 3.6 → 40 + 0.6·10 = 46.
    // sum 150, largest 50 ≤ 75. ranks (below + ½)/5: 10, 30, 50, 70, 90.
    const out = benchmarkValues(of(30, 10, 50, 20, 40), { minGroup: 5 });
    expect(out).toEqual({
      n: 5,
      suppressed: false,
      p10: expect.closeTo(14, 12),
      p25: 20,
      p50: 30,
      p75: 40,
      p90: expect.closeTo(46, 12),
      ranks: { 'unit-1': 50, 'unit-2': 10, 'unit-3': 90, 'unit-4': 30, 'unit-5': 70 },
    });
  });

  it('shows a unit holding exactly 50% of the total, with tied ranks', () => {
    // sum 100, largest 50 = 0.5 × 100, not more. sorted 10 20 20 50, h = 3p: p10 h 0.3 → 13; p25 h 0.75 → 17.5;
    // p50 h 1.5 → 20; p75 h 2.25 → 20 + 0.25·30 = 27.5; p90 h 2.7 → 20 + 0.7·30 = 41.
    // ranks: 10 (0 + ½)/4 = 12.5; 20s (1 + ½·2)/4 = 50; 50 (3 + ½)/4 = 87.5.
    const out = benchmarkValues(of(50, 10, 20, 20), { minGroup: 4 });
    expect(out).toEqual({
      n: 4,
      suppressed: false,
      p10: expect.closeTo(13, 12),
      p25: expect.closeTo(17.5, 12),
      p50: expect.closeTo(20, 12),
      p75: expect.closeTo(27.5, 12),
      p90: expect.closeTo(41, 12),
      ranks: { 'unit-1': 87.5, 'unit-2': 12.5, 'unit-3': 50, 'unit-4': 50 },
    });
  });

  it('suppresses a unit holding more than the dominance share, without naming it', () => {
    // 51 > 0.5 × 100.
    const out = benchmarkValues(of(51, 10, 20, 19), { minGroup: 4 });
    expect(out).toEqual({
      n: 4,
      suppressed: true,
      reason: 'a single unit holds more than 50% of the total (dominance rule)',
    });
    // 40 > 0.3 × 100.
    expect(benchmarkValues(of(30, 30, 40), { minGroup: 3, dominance: 0.3 })).toMatchObject({
      suppressed: true,
      reason: 'a single unit holds more than 30% of the total (dominance rule)',
    });
  });

  it('does not apply the dominance rule when some value is negative', () => {
    expect(benchmarkValues(of(-100, 1, 2, 1000), { minGroup: 4 }).suppressed).toBe(false);
  });

  it('suppresses below the minimum group; n = minGroup is shown', () => {
    expect(benchmarkValues(of(1, 2, 3), { minGroup: 4 })).toEqual({
      n: 3,
      suppressed: true,
      reason: 'only 3 units (fewer than the minimum group of 4)',
    });
    expect(benchmarkValues(of(1, 2, 3), { minGroup: 3 }).suppressed).toBe(false);
  });

  it('weighs dominance by the sample behind each rate when every unit gives one', () => {
    // rates 0.2 0.3 0.4 0.5 0.6 sum to 2.0, the largest is 30% of it; the samples 10 10 10 10 60 make one unit 60%
    const rates = [0.2, 0.3, 0.4, 0.5, 0.6].map((value, i) => ({ unit: `u${i}`, value, weight: i === 4 ? 60 : 10 }));
    expect(benchmarkValues(rates, { minGroup: 5 })).toMatchObject({
      suppressed: true,
      reason: 'a single unit holds more than 50% of the total (dominance rule)',
    });
    // 40 of 80 is exactly half: shown
    const even = rates.map((r, i) => ({ ...r, weight: i === 4 ? 40 : 10 }));
    expect(benchmarkValues(even, { minGroup: 5 }).suppressed).toBe(false);
    // without a weight on every unit the values are weighed: 0.6 of 2.0
    const partly = rates.map((r, i) => (i === 0 ? { unit: r.unit, value: r.value } : r));
    expect(benchmarkValues(partly, { minGroup: 5 }).suppressed).toBe(false);
  });

  it('rejects non-finite values naming the unit, and bad options', () => {
    expect(() => benchmarkValues(of(1, Number.NaN), { minGroup: 1 })).toThrow(
      'the value of unit "unit-2" is not a finite number: NaN'
    );
    expect(() => benchmarkValues(of(Number.POSITIVE_INFINITY), { minGroup: 1 })).toThrow(RangeError);
    expect(() => benchmarkValues(of(1), { minGroup: 0 })).toThrow('minGroup must be an integer ≥ 1, got 0');
    expect(() => benchmarkValues(of(1), { minGroup: 1, dominance: 0 })).toThrow('dominance must be a share in (0, 1]');
  });

  it('property: when shown, the ranks average 50 and the percentiles rise', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }), (values) => {
        const out = benchmarkValues(of(...values), { minGroup: 1, dominance: 1 });
        if (out.suppressed) {
          throw new Error(`suppressed with dominance 1: ${out.reason}`);
        }
        const ranks = Object.values(out.ranks);
        expect(ranks.reduce((a, b) => a + b, 0) / ranks.length).toBeCloseTo(50, 9);
        expect(out.p10 <= out.p25 && out.p25 <= out.p50 && out.p50 <= out.p75 && out.p75 <= out.p90).toBe(true);
      })
    );
  });
});
