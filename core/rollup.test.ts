import { rollup } from './rollup';

describe('rollup', () => {
  it('takes the weighted mean over children with data and renormalises weights', () => {
    const r = rollup([
      { score: 8, weight: 2 },
      { score: 2, weight: 1 },
      { score: null, weight: 1 },
    ]);
    expect(r.score).toBeCloseTo(6, 12);
    expect(r.coverage).toBeCloseTo(0.75, 12);
    expect(r).toMatchObject({ withData: 2, total: 3, status: 'warning' });
  });

  it('defaults missing weights to 1', () => {
    expect(rollup([{ score: 9 }, { score: 3 }]).score).toBeCloseTo(6, 12);
  });

  it('returns no-data when no child has data', () => {
    expect(rollup([{ score: null }, { score: null }])).toMatchObject({ score: null, status: 'no-data', coverage: 0 });
    expect(rollup([])).toMatchObject({ score: null, status: 'no-data', total: 0 });
  });

  it('worst takes the minimum score of children with data', () => {
    expect(rollup([{ score: 9 }, { score: 2.5 }, { score: null }], 'worst')).toMatchObject({
      score: 2.5,
      status: 'critical',
    });
  });

  it('count scores the share of children at goal on 0..10', () => {
    const r = rollup([{ score: 7 }, { score: 20 / 3 }, { score: 5 }, { score: 1 }, { score: null }], 'count');
    expect(r.score).toBeCloseTo(5, 12);
    expect(r.coverage).toBeCloseTo(0.8, 12);
  });

  it('rejects negative weights, naming the child', () => {
    expect(() => rollup([{ score: 1 }, { score: 2, weight: -1 }])).toThrow(/child 1: weight/);
  });
});
