import { count, humanDuration, percent, percentWithInterval, points } from './format';

describe('format', () => {
  it('writes shares as percentages with at most one decimal', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.0004)).toBe('0%');
  });

  it('adds the 95% interval when known', () => {
    expect(percentWithInterval(0.123, [0.101, 0.148])).toBe('12.3% (95% CI 10.1–14.8%)');
    expect(percentWithInterval(0.123, null)).toBe('12.3%');
  });

  it('writes changes as signed percentage points', () => {
    expect(points(0.021)).toBe('+2.1 pts');
    expect(points(-0.004)).toBe('−0.4 pts');
    expect(points(0.05)).toBe('+5 pts');
    expect(points(0)).toBe('±0 pts');
  });

  it('groups counts', () => {
    expect(count(1200)).toBe('1,200');
  });

  it('writes durations in the largest whole unit', () => {
    expect(humanDuration(2.3 * 86400)).toBe('2.3 days');
    expect(humanDuration(5400)).toBe('1.5 hours');
    expect(humanDuration(60)).toBe('1 minute');
    expect(humanDuration(45)).toBe('45 seconds');
    expect(humanDuration(12 * 86400)).toBe('12 days');
    expect(humanDuration(0)).toBe('0 seconds');
  });
});
