import { assessDimension, assessModel, nextSteps, stageIndex } from './assess';
import { type MaturityCriterion, type MaturityStage } from './types';

const stages: MaturityStage[] = [
  { id: 'ad-hoc', name: 'Ad hoc' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
  { id: 'optimized', name: 'Optimized' },
];
const c = (id: string, stage: string): MaturityCriterion => ({ id, stage, text: `criterion ${id}` });
// ad-hoc: a1, a2; defined: none; managed: m1; optimized: o1.
const criteria = [c('a1', 'ad-hoc'), c('a2', 'ad-hoc'), c('m1', 'managed'), c('o1', 'optimized')];

describe('assessDimension', () => {
  it('reaches the top when every criterion is met', () => {
    expect(assessDimension(criteria, { a1: 'met', a2: 'met', m1: 'met', o1: 'met' }, stages)).toBe('optimized');
  });

  it('skips a stage with no criteria: it neither counts nor blocks', () => {
    // defined has no criteria, so meeting ad-hoc and managed reaches managed.
    expect(assessDimension(criteria, { a1: 'met', a2: 'met', m1: 'met', o1: 'not-met' }, stages)).toBe('managed');
    // ...and meeting only ad-hoc stays at ad-hoc, never "defined".
    expect(assessDimension(criteria, { a1: 'met', a2: 'met', m1: 'not-met' }, stages)).toBe('ad-hoc');
  });

  it('counts partial as not met', () => {
    expect(assessDimension(criteria, { a1: 'met', a2: 'met', m1: 'partial', o1: 'met' }, stages)).toBe('ad-hoc');
  });

  it('counts a criterion missing from the answers as not met', () => {
    expect(assessDimension(criteria, { a1: 'met', m1: 'met', o1: 'met' }, stages)).toBeNull();
    expect(assessDimension(criteria, {}, stages)).toBeNull();
  });

  it('ignores n/a, and a stage whose criteria are all n/a is met', () => {
    expect(assessDimension(criteria, { a1: 'met', a2: 'n/a', m1: 'n/a', o1: 'met' }, stages)).toBe('optimized');
  });

  it('needs every lower stage: a met higher stage above an unmet one does not count', () => {
    expect(assessDimension(criteria, { a1: 'met', a2: 'not-met', m1: 'met', o1: 'met' }, stages)).toBeNull();
  });

  it('is null for a dimension without criteria, and does not read inherited keys', () => {
    expect(assessDimension([], { a1: 'met' }, stages)).toBeNull();
    expect(assessDimension([c('constructor', 'ad-hoc')], {}, stages)).toBeNull();
  });
});

describe('stageIndex', () => {
  it('is the 1-based position, 0 for null', () => {
    expect(stageIndex(null, stages)).toBe(0);
    expect(stageIndex('ad-hoc', stages)).toBe(1);
    expect(stageIndex('optimized', stages)).toBe(4);
  });

  it('rejects an unknown stage, naming it', () => {
    expect(() => stageIndex('heroic', stages)).toThrow(
      'unknown stage "heroic" (stages: ad-hoc, defined, managed, optimized)'
    );
  });
});

describe('assessModel', () => {
  it('assesses every dimension with the same answers', () => {
    const dimensions = [
      { id: 'data', name: 'Data', criteria },
      { id: 'people', name: 'People', criteria: [c('p1', 'defined')] },
    ];
    expect(assessModel(dimensions, { a1: 'met', a2: 'met', m1: 'not-met', p1: 'partial' }, stages)).toEqual({
      data: 'ad-hoc',
      people: null,
    });
  });
});

describe('nextSteps', () => {
  it('lists the unmet criteria of the next stage with criteria', () => {
    // reached ad-hoc; defined has no criteria, so the next stage is managed.
    expect(nextSteps(criteria, { a1: 'met', a2: 'met', m1: 'partial' }, stages)).toEqual({
      stage: 'managed',
      criteria: ['m1'],
    });
  });

  it('from nothing, lists the unmet criteria of the lowest stage', () => {
    // a2 is n/a (ignored), a1 missing (not met); o1 met above does not matter.
    expect(nextSteps(criteria, { a2: 'n/a', o1: 'met' }, stages)).toEqual({ stage: 'ad-hoc', criteria: ['a1'] });
  });

  it('lists the lower stage first when it is met but a higher one blocks', () => {
    expect(nextSteps(criteria, { a1: 'met', a2: 'met', m1: 'met' }, stages)).toEqual({
      stage: 'optimized',
      criteria: ['o1'],
    });
  });

  it('has no next stage at the top', () => {
    expect(nextSteps(criteria, { a1: 'met', a2: 'met', m1: 'met', o1: 'met' }, stages)).toEqual({
      stage: null,
      criteria: [],
    });
    // the top stage with criteria is managed: optimized has none.
    expect(nextSteps(criteria.slice(0, 3), { a1: 'met', a2: 'met', m1: 'met' }, stages)).toEqual({
      stage: null,
      criteria: [],
    });
  });
});
