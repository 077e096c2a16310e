import { chunked, eagerCount, runsWithPosition } from './lazyPlan';

describe('eagerCount', () => {
  it('renders what fits in the budget and the item that crosses it', () => {
    expect(eagerCount([100, 100, 100, 100], 250)).toBe(3);
    expect(eagerCount([100, 100], 200)).toBe(2);
    expect(eagerCount([100, 100], 1000)).toBe(2);
    expect(eagerCount([300, 100], 10)).toBe(1);
    expect(eagerCount([], 100)).toBe(0);
  });
});

describe('chunked', () => {
  it('splits a list into runs of at most n', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('runsWithPosition', () => {
  it('counts positions across groups', () => {
    expect(runsWithPosition([['a', 'b', 'c'], ['d']], 2)).toEqual([
      [
        { first: 0, items: ['a', 'b'] },
        { first: 2, items: ['c'] },
      ],
      [{ first: 3, items: ['d'] }],
    ]);
  });
});
