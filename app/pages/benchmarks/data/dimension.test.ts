import { dimensionView } from './dimension';

const stages = [
  { id: 'initial', name: 'Initial' },
  { id: 'defined', name: 'Defined' },
];

describe('dimensionView', () => {
  // 5 units: indices 0, 1, 1, 2, 2; the 3rd smallest is 1
  const d = {
    id: 'data',
    name: 'Data',
    n: 5,
    suppressed: false as const,
    counts: { none: 1, initial: 2, defined: 2 },
    median: 'initial',
    medianIndex: 1,
    ranks: { a: 10, b: 40, c: 40, d: 80, e: 80 },
  };

  it("marks the unit's stage, found from its rank, and says its rank", () => {
    const view = dimensionView(d, stages, 'b');
    // b: 1 below, 2 level (itself included): 100 × (1 + 1) / 5 = 40
    expect(view).toMatchObject({
      suppressed: false,
      unitIndex: 1,
      median: 'Initial',
      rank: '40th percentile: above 1 of 5 units, level with 1 other',
    });
    expect(view.suppressed === false && view.bars.filter((b) => b.unit).map((b) => b.key)).toEqual(['initial']);
  });

  it('marks nothing for a unit without a stage in the dimension', () => {
    expect(dimensionView(d, stages, 'zz')).toMatchObject({ unitIndex: null, rank: null });
  });

  it('keeps only the reason of a suppressed dimension', () => {
    const s = { id: 'people', name: 'People', n: 3, suppressed: true as const, reason: 'only 3 units' };
    expect(dimensionView(s, stages, 'a')).toEqual({
      id: 'people',
      name: 'People',
      n: 3,
      suppressed: true,
      reason: 'only 3 units',
    });
  });
});
