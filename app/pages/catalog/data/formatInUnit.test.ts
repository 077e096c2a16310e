import { DUPLICATES, entry } from './fixtures';
import { duplicateReason, formatInUnit, thresholdsInWords } from './formatInUnit';

describe('formatInUnit', () => {
  it('formats in the KPI unit through Grafana value formats', () => {
    // 0.42 as percentunit = 42%; whole numbers keep no decimals
    expect(formatInUnit(0.42, 'percentunit')).toBe('42%');
    expect(formatInUnit(45, 'score')).toBe('45 score');
    expect(formatInUnit(2, 'd')).toBe('2 days');
  });

  it('keeps the digits of a whole number that is scaled: 1,999 is not 2 K', () => {
    expect(formatInUnit(1999, 'short')).toBe('2.00 K');
    expect(formatInUnit(1350, 'short')).toBe('1.35 K');
    expect(formatInUnit(2000, 'short')).toBe('2 K');
  });

  it('says target, red flag and goal with the direction', () => {
    const k = entry('x', { unit: 'percent', target: 90, redFlag: 80, goal: 95, period: 'week' });
    expect(thresholdsInWords(k)).toBe('target 90% per week; red flag 80%, goal 95% (higher is better)');
  });

  it('gives the reason of a duplicate pair in words', () => {
    const [correlated, same] = DUPLICATES.pairs;
    // 0.9712 rounds to 0.97
    expect(correlated && duplicateReason(correlated)).toBe('values correlate r = 0.97 over 12 periods');
    expect(same && duplicateReason(same)).toBe('same calculation and filters');
  });
});
