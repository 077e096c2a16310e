import { csat, mean, nps, proportion } from './estimates';
import { insufficientSample } from './sample';

describe('nps', () => {
  it('is 100·(P−D)/n with the MoE of a difference of two shares', () => {
    // 5 promoters, 3 passives, 2 detractors: p_P 0.5, p_D 0.2, variance 0.7 − 0.3² = 0.61
    const e = nps({ promoters: 5, detractors: 2, n: 10 });
    expect(e.value).toBeCloseTo(30, 10);
    expect(e.sample).toBe(10);
    expect(e.moe).toBeCloseTo(196 * Math.sqrt(0.061), 10);
    expect(e.moe).toBeCloseTo(48.4084, 4);
  });

  it('has no uncertainty when everyone answers the same', () => {
    expect(nps({ promoters: 4, detractors: 0, n: 4 })).toEqual({ value: 100, sample: 4, moe: 0 });
  });

  it('has no value for an empty sample', () => {
    expect(nps({ promoters: 0, detractors: 0, n: 0 })).toEqual({ value: null, sample: 0 });
  });
});

describe('csat', () => {
  it('is the satisfied share in percent with a binomial MoE', () => {
    const e = csat({ satisfied: 8, n: 10 });
    expect(e.value).toBeCloseTo(80, 10);
    expect(e.moe).toBeCloseTo(196 * Math.sqrt(0.016), 10);
    expect(csat({ satisfied: 0, n: 0 })).toEqual({ value: null, sample: 0 });
  });
});

describe('mean', () => {
  it('has MoE 1.96·sd/√n', () => {
    expect(mean({ mean: 3, sd: 2, n: 16 })).toEqual({ value: 3, sample: 16, moe: 0.98 });
  });

  it('has no MoE for one observation and no value for none', () => {
    expect(mean({ mean: 5, sd: null, n: 1 })).toEqual({ value: 5, sample: 1 });
    expect(mean({ mean: null, sd: null, n: 0 })).toEqual({ value: null, sample: 0 });
  });
});

describe('proportion', () => {
  it('is k/n with MoE 1.96·√(p(1−p)/n)', () => {
    const e = proportion({ k: 1, n: 4 });
    expect(e.value).toBe(0.25);
    expect(e.moe).toBeCloseTo(1.96 * Math.sqrt(0.1875 / 4), 12);
  });

  it('keeps a ratio above 1 but gives it no MoE', () => {
    expect(proportion({ k: 6, n: 4 })).toEqual({ value: 1.5, sample: 4 });
    expect(proportion({ k: 3, n: 0 })).toEqual({ value: null, sample: 0 });
  });
});

describe('insufficientSample', () => {
  it('is true only below a set minimum', () => {
    expect(insufficientSample(99, 100)).toBe(true);
    expect(insufficientSample(100, 100)).toBe(false);
    expect(insufficientSample(3, undefined)).toBe(false);
    expect(insufficientSample(undefined, 100)).toBe(false);
  });
});
