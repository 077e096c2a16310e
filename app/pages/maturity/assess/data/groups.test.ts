import { fixtureCriterion, results } from '../fixtures';
import { groupCriteria, readingOrder } from './groups';

const shape = (groups: ReturnType<typeof groupCriteria>) =>
  groups.map((d) => [d.name, d.stages.map((s) => [s.name, s.criteria.map((c) => c.id)])]);

describe('groupCriteria', () => {
  it('groups by dimension in the model order, then by stage lowest first', () => {
    expect(shape(groupCriteria(results))).toEqual([
      [
        'People',
        [
          ['Basic', ['people-roles']],
          ['Defined', ['people-review']],
          ['Advanced', ['people-training']],
        ],
      ],
      [
        'Data',
        [
          ['Basic', ['data-catalog']],
          ['Defined', ['data-owners']],
          ['Advanced', ['data-audit']],
        ],
      ],
    ]);
  });

  it('leaves out empty stages and keeps criteria of unlisted dimensions and stages at the end', () => {
    const some = [
      fixtureCriterion('people-roles'),
      fixtureCriterion('people-review'),
      { ...fixtureCriterion('data-owners'), dimension: 'extra', stage: 'beyond' },
    ];
    expect(shape(groupCriteria({ ...results, criteria: some }))).toEqual([
      [
        'People',
        [
          ['Basic', ['people-roles']],
          ['Defined', ['people-review']],
        ],
      ],
      ['extra', [['beyond', ['data-owners']]]],
    ]);
  });
});

describe('readingOrder', () => {
  it('lists the criteria top to bottom', () => {
    expect(readingOrder(groupCriteria(results))).toEqual([
      'people-roles',
      'people-review',
      'people-training',
      'data-catalog',
      'data-owners',
      'data-audit',
    ]);
  });
});
