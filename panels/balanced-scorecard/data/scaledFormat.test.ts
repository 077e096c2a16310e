import { formattedValueToString } from '@grafana/data';
import { largestMagnitude, scaledFormat } from './scaledFormat';

/** Each number written at the scale the reference sets. */
const texts = (unit: string, reference: number | null, numbers: number[], decimals?: number) => {
  const format = scaledFormat(unit, decimals, reference);
  return numbers.map((n) => formattedValueToString(format(n)));
};

describe('scaledFormat', () => {
  it('writes every number of a currency row in thousands when the largest is in thousands', () => {
    // CAC 9,300 against goal 28,000 and red flag 36,000: $36K sets K for all
    expect(texts('currencyUSD', 36000, [9300, 28000, 36000, 1200])).toEqual(['$9.30K', '$28K', '$36K', '$1.20K']);
    // on its own Grafana writes 950 as $950; beside $36K it is $0.950K
    expect(texts('currencyUSD', 36000, [950])).toEqual(['$0.950K']);
  });

  it('converts time units into the unit Grafana picks for the reference, plural only above 1', () => {
    // 40 h is 1.67 days, so 39.4 h is 39.4/24 = 1.64 days and a change of 1.2 h is 0.05 day
    expect(texts('h', 40, [39.4, 40, 1.2])).toEqual(['1.64 days', '1.67 days', '0.0500 day']);
    // 90 s is 1.5 min: 30 s is 0.5 min
    expect(texts('s', 90, [30, 90])).toEqual(['0.500 min', '1.50 mins']);
  });

  it('writes fractions as percent, and percent points as they are', () => {
    expect(texts('percentunit', 0.0312, [0.0312, 0.025, 0.02])).toEqual(['3.12%', '2.50%', '2%']);
    expect(texts('percent', 92, [92, 90, 72])).toEqual(['92%', '90%', '72%']);
  });

  it('keeps the scale for short numbers and honours fixed decimals', () => {
    // 1,200,000 is 1.2 Mil; 800,000 at that scale is 0.8 Mil
    expect(texts('short', 1_200_000, [1_200_000, 800_000], 1)).toEqual(['1.2 Mil', '0.8 Mil']);
    expect(texts('none', 45, [42.4, 45])).toEqual(['42.4', '45']);
  });

  it('formats each number on its own without a reference, or when the unit writes no plain number', () => {
    expect(texts('currencyUSD', null, [9300, 950])).toEqual(['$9.30K', '$950']);
    expect(texts('currencyUSD', 0, [0])).toEqual(['$0']);
    expect(texts('dateTimeAsIso', Date.UTC(2026, 3, 1), [Date.UTC(2026, 3, 1)])).toEqual(['2026-04-01 00:00:00']);
  });
});

describe('largestMagnitude', () => {
  it('is the largest absolute value among the numbers given', () => {
    expect(largestMagnitude([9300, null, -36000, 28000])).toBe(36000);
    expect(largestMagnitude([null, NaN])).toBeNull();
  });
});
