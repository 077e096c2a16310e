import { scorecardSpec } from '../schema/scorecard';
import { formatShare, formatWeight, scorecardShares, sharesOf, sumsToOne } from './weight-shares';

describe('sharesOf', () => {
  it('divides each weight by the siblings’ total', () => {
    expect(sharesOf([0.9, 0.3, 0.3]).map((s) => s.toFixed(6))).toEqual(['0.600000', '0.200000', '0.200000']);
    expect(sharesOf([1, 1])).toEqual([0.5, 0.5]);
    expect(sharesOf([2, 0, 6])).toEqual([0.25, 0, 0.75]);
  });

  it('gives 0 to every weight when all are 0, and nothing for no weights', () => {
    expect(sharesOf([0, 0])).toEqual([0, 0]);
    expect(sharesOf([])).toEqual([]);
  });
});

describe('sumsToOne', () => {
  it('takes floating-point sums of one as one and nothing further off', () => {
    expect(sumsToOne([0.7, 0.2, 0.1])).toBe(true);
    expect(sumsToOne([0.1, 0.2, 0.7])).toBe(true);
    expect(sumsToOne([0.35, 0.3, 0.2, 0.15])).toBe(true);
    expect(sumsToOne([0.33, 0.33, 0.33])).toBe(false);
    expect(sumsToOne([0.5, 0.5000001])).toBe(false);
  });
});

describe('formatShare and formatWeight', () => {
  it('writes shares as percentages with at most one decimal, sums without floating-point tails', () => {
    expect([0.6, 0.2, 1 / 3, 2 / 3, 1, 0, 1 / 7].map(formatShare)).toEqual([
      '60%',
      '20%',
      '33.3%',
      '66.7%',
      '100%',
      '0%',
      '14.3%',
    ]);
    expect([0.1 + 0.2, 0.9 + 0.3 + 0.3, 3, 0.95].map(formatWeight)).toEqual(['0.3', '1.5', '3', '0.95']);
  });
});

describe('scorecardShares', () => {
  it('reads every level of a scorecard as shares, weights left out counting 1', () => {
    const spec = scorecardSpec.parse({
      name: 'Corporate',
      perspectives: [
        {
          id: 'financial',
          name: 'Financial',
          weight: 0.9,
          objectives: [
            { id: 'grow', name: 'Grow', weight: 3, kpis: [{ kpi: 'arr', weight: 2 }, { kpi: 'nrr' }] },
            { id: 'save', name: 'Save', weight: 1, kpis: [] },
          ],
        },
        { id: 'customer', name: 'Customer', weight: 0.3, objectives: [{ id: 'delight', name: 'Delight' }] },
      ],
    });
    const shares = scorecardShares(spec);
    // 0.9 and 0.3 of 1.2; 3 and 1 of 4; 2 and 1 of 3
    expect(shares).toEqual([
      {
        id: 'financial',
        weight: 0.9,
        share: expect.closeTo(0.75, 12),
        objectives: [
          {
            id: 'grow',
            weight: 3,
            share: 0.75,
            kpis: [
              { id: 'arr', weight: 2, share: 2 / 3 },
              { id: 'nrr', weight: 1, share: 1 / 3 },
            ],
          },
          { id: 'save', weight: 1, share: 0.25, kpis: [] },
        ],
      },
      {
        id: 'customer',
        weight: 0.3,
        share: expect.closeTo(0.25, 12),
        objectives: [{ id: 'delight', weight: 1, share: 1, kpis: [] }],
      },
    ]);
  });
});
