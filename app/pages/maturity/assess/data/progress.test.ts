import { aliceResponses, criteria, results } from '../fixtures';
import { applyEdit, draftsOf } from './drafts';
import { groupCriteria } from './groups';
import { percentOf, progressOf } from './progress';

const groups = groupCriteria(results);

describe('progressOf', () => {
  it('counts own, evidence and exempt answers, and lists what is left', () => {
    const p = progressOf(groups, draftsOf(criteria, aliceResponses.answers));
    expect([p.answered, p.total]).toEqual([3, 6]);
    expect(p.byDimension.map((d) => [d.id, d.answered, d.total, d.left.map((c) => `${c.stage}: ${c.id}`)])).toEqual([
      ['people', 1, 3, ['Defined: people-review', 'Advanced: people-training']],
      ['data', 2, 3, ['Basic: data-catalog']],
    ]);
  });

  it('counts n/a as answered', () => {
    const drafts = draftsOf(criteria, aliceResponses.answers);
    const reviewed = {
      ...drafts,
      'people-review': applyEdit({ answer: undefined, note: '', link: '', source: undefined }, { answer: 'n/a' }),
    };
    const p = progressOf(groups, reviewed);
    expect([p.answered, p.byDimension[0]?.answered, p.byDimension[0]?.left.map((c) => c.id)]).toEqual([
      4,
      2,
      ['people-training'],
    ]);
  });
});

describe('percentOf', () => {
  it('rounds down and is full when nothing is asked', () => {
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBe(100);
  });
});
