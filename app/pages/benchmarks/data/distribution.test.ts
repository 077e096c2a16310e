import { distributionBars, ordinal, positionIn, rankWords, unitIndexFromRank } from './distribution';

const stages = [
  { id: 'initial', name: 'Initial' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
];
// 8 units: indices 0, 1, 1, 2, 2, 2, 3, 3
const counts = { none: 1, initial: 2, defined: 3, managed: 2 };

describe('distributionBars', () => {
  it('gives a bar per stage index, below the lowest stage first, with the unit and the median marked', () => {
    expect(distributionBars(counts, stages, { unitIndex: 3, medianIndex: 2 })).toEqual([
      { key: 'none', label: 'Below the lowest stage', count: 1, share: 0.125, unit: false, median: false },
      { key: 'initial', label: 'Initial', count: 2, share: 0.25, unit: false, median: false },
      { key: 'defined', label: 'Defined', count: 3, share: 0.375, unit: false, median: true },
      { key: 'managed', label: 'Managed', count: 2, share: 0.25, unit: true, median: false },
    ]);
  });

  it('counts a stage missing from the counts as 0 and marks nothing without a unit', () => {
    const bars = distributionBars({ defined: 4 }, stages, { unitIndex: null, medianIndex: 2 });
    expect(bars.map((b) => [b.key, b.count, b.share, b.unit])).toEqual([
      ['none', 0, 0, false],
      ['initial', 0, 0, false],
      ['defined', 4, 1, false],
      ['managed', 0, 0, false],
    ]);
  });
});

describe('unitIndexFromRank', () => {
  it('finds the stage index whose rank 100 × (below + ½ equal) / n matches', () => {
    expect(unitIndexFromRank(6.25, counts, stages)).toBe(0); // (0 + 0.5) / 8
    expect(unitIndexFromRank(25, counts, stages)).toBe(1); // (1 + 1) / 8
    expect(unitIndexFromRank(56.25, counts, stages)).toBe(2); // (3 + 1.5) / 8
    expect(unitIndexFromRank(87.5, counts, stages)).toBe(3); // (6 + 1) / 8
  });

  it('answers null for a rank no occupied stage gives', () => {
    expect(unitIndexFromRank(50, counts, stages)).toBeNull();
  });
});

describe('rank in words', () => {
  it('says the percentile and how many units are below and level, the unit not being level with itself', () => {
    // 8 units, 4 below, 2 at the unit's stage (itself included): 100 × (4 + 1) / 8 = 62.5
    const c = { none: 1, initial: 3, defined: 2, managed: 2 };
    expect(positionIn(c, stages, 2)).toEqual({ below: 4, equal: 2, n: 8 });
    expect(rankWords(62.5, positionIn(c, stages, 2), true)).toBe(
      '63rd percentile: above 4 of 8 units, level with 1 other'
    );
    expect(rankWords(56.25, positionIn(counts, stages, 2), true)).toBe(
      '56th percentile: above 3 of 8 units, level with 2 others'
    );
    expect(rankWords(6.25, positionIn(counts, stages, 0), true)).toBe('6th percentile: above 0 of 8 units');
  });

  it('counts every unit at the same stage as level when the unit is not one of them (peers)', () => {
    expect(rankWords(60, { below: 4, equal: 4, n: 10 }, false)).toBe(
      '60th percentile: above 4 of 10 units, level with 4 units'
    );
    expect(rankWords(100, { below: 1, equal: 0, n: 1 }, false)).toBe('100th percentile: above 1 of 1 unit');
  });

  it('writes ordinals in English', () => {
    expect([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 63, 100, 111].map(ordinal)).toEqual([
      '0th',
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '63rd',
      '100th',
      '111th',
    ]);
  });
});
