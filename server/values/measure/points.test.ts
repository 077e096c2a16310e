import { measurePoint } from './points';

const T = Date.UTC(2026, 3, 1);

describe('measurePoint', () => {
  it('flags a ratio over 1 even when its definition looks like a subset', () => {
    expect(measurePoint('ratio', { matched: 3, n: 2 }, T)).toEqual({
      time: T,
      value: 1.5,
      sample: 2,
      flags: ['impossible-rate'],
      reason: '3 rows match the numerator but only 2 the denominator',
    });
  });

  it('leaves a ratio of exactly 1 unflagged and keeps its margin of error', () => {
    expect(measurePoint('ratio', { matched: 2, n: 2 }, T)).toEqual({ time: T, value: 1, sample: 2, moe: 0 });
  });

  it('flags every point of a ratio whose numerator is not a subset, next to a small sample', () => {
    const point = measurePoint('ratio', { matched: 1, n: 4 }, T, { minimumSample: 30, rateGap: 'the gap' });
    expect(point).toMatchObject({ value: 0.25, sample: 4, flags: ['insufficient-sample', 'impossible-rate'] });
    expect(point.reason).toBe('not a rate: the gap');
  });

  it('never flags other aggregates as rates', () => {
    expect(measurePoint('count', { n: 5 }, T, { rateGap: 'the gap' })).toEqual({ time: T, value: 5, sample: 5 });
  });
});
