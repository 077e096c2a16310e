import { type CriterionResult } from '../../../../../core/maturity/api';
import { criteriaFixture, resultsFixture } from '../fixtures';
import { disputedCriteria, groupCriteria, settledCriteria } from './grouping';

const shape = (groups: ReturnType<typeof groupCriteria>) =>
  groups.map((g) => [g.dimension.name, g.stages.map((s) => [s.stage.name, s.criteria.map((c) => c.id)])]);

describe('disputedCriteria and settledCriteria', () => {
  it('takes the still-disputed ids in the model order', () => {
    expect(disputedCriteria(resultsFixture).map((c) => c.id)).toEqual(['deploy', 'ci', 'onboard']);
    expect(disputedCriteria({ ...resultsFixture, disputed: ['onboard', 'ci'] }).map((c) => c.id)).toEqual([
      'ci',
      'onboard',
    ]);
  });

  it('lists the settled criteria only', () => {
    expect(settledCriteria(resultsFixture).map((c) => c.id)).toEqual(['review']);
  });
});

describe('groupCriteria', () => {
  it('groups the disputed criteria by dimension, then stage lowest first', () => {
    expect(shape(groupCriteria(resultsFixture, disputedCriteria(resultsFixture)))).toEqual([
      [
        'Delivery',
        [
          ['Basic', ['ci']],
          ['Advanced', ['deploy']],
        ],
      ],
      ['People', [['Basic', ['onboard']]]],
    ]);
  });

  it('leaves out empty dimensions and stages', () => {
    const review = criteriaFixture.filter((c) => c.id === 'review');
    expect(shape(groupCriteria(resultsFixture, review))).toEqual([['People', [['Basic', ['review']]]]]);
    expect(groupCriteria(resultsFixture, [])).toEqual([]);
  });

  it('puts a dimension or stage the results do not list last, named by its id', () => {
    const base = criteriaFixture[0] as CriterionResult;
    const odd = [
      { ...base, id: 'x1', dimension: 'ops', stage: 'expert' },
      { ...base, id: 'x2', dimension: 'delivery', stage: 'expert' },
      { ...base, id: 'x3', dimension: 'delivery', stage: 'basic' },
    ];
    expect(shape(groupCriteria(resultsFixture, odd))).toEqual([
      [
        'Delivery',
        [
          ['Basic', ['x3']],
          ['expert', ['x2']],
        ],
      ],
      ['ops', [['expert', ['x1']]]],
    ]);
  });
});
