import { differs, funnelFromCounts, wilson } from './from-counts';

describe('funnel statistics', () => {
  it('Wilson 95 % interval of 8 in 10 is [0.4902, 0.9433]; none without trials', () => {
    const [lo, hi] = wilson(8, 10) ?? [NaN, NaN];
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
    expect(wilson(0, 0)).toBeNull();
    const [zlo, zhi] = wilson(0, 20) ?? [NaN, NaN];
    // 0 of 20: [0, z² / (n + z²)] = [0, 3.8416 / 23.8416]
    expect(zlo).toBe(0);
    expect(zhi).toBeCloseTo(0.1611, 4);
  });

  it('two proportions: 50/100 against 35/100 differ at 95 % (z = 2.15), 50/100 against 45/100 do not (z = 0.71)', () => {
    expect(differs(50, 100, 35, 100)).toBe(true);
    expect(differs(50, 100, 45, 100)).toBe(false);
    expect(differs(5, 0, 1, 10)).toBeNull();
  });

  it('conversion of the first stage, of the stage before, the change and an impossible step flagged', () => {
    const steps = funnelFromCounts([
      { stage: 'visit', value: 1000, previous: 1000 },
      { stage: 'signup', value: 200, previous: 100 },
      { stage: 'buy', value: 250, previous: 50 },
    ]);
    expect(steps.map((s) => [s.conversion, s.stepConversion, s.previousConversion])).toEqual([
      [1, 1, 1],
      [0.2, 0.2, 0.1],
      [0.25, 1.25, 0.05],
    ]);
    expect(steps.map((s) => s.impossible)).toEqual([false, false, true]);
    expect(steps[1]?.change).toBeCloseTo(0.1, 10);
    // 200/1000 against 100/1000: pooled 0.15, z = 0.1 / sqrt(0.15 · 0.85 · 0.002) = 6.26
    expect(steps[1]?.significant).toBe(true);
    expect(steps[2]?.stepConversionInterval).toBeNull();
  });
});
