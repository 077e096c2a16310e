import { consensusOf, disputedIds, settle } from './consensus';

describe('consensusOf', () => {
  it('takes the strict majority of those who answered: 2 of 3', () => {
    const [one] = consensusOf({ ann: { x: 'met' }, bob: { x: 'met' }, cy: { x: 'partial' } }, ['x']);
    expect(one).toEqual({
      criterion: 'x',
      answer: 'met',
      disputed: false,
      votes: { ann: 'met', bob: 'met', cy: 'partial' },
    });
  });

  it('disputes a 2-2 tie (2 is not more than half of 4)', () => {
    const byAssessor = { a: { x: 'met' }, b: { x: 'met' }, c: { x: 'not-met' }, d: { x: 'not-met' } } as const;
    expect(consensusOf(byAssessor, ['x'])[0]).toMatchObject({ answer: null, disputed: true });
  });

  it('disputes a three-way split with no majority', () => {
    const byAssessor = { a: { x: 'met' }, b: { x: 'partial' }, c: { x: 'not-met' } } as const;
    expect(consensusOf(byAssessor, ['x'])[0]).toMatchObject({ answer: null, disputed: true });
  });

  it('leaves n/a out of the count: 1 answered + 2 n/a gives that answer, votes keep the n/a', () => {
    const byAssessor = { a: { x: 'partial' }, b: { x: 'n/a' }, c: { x: 'n/a' } } as const;
    expect(consensusOf(byAssessor, ['x'])[0]).toEqual({
      criterion: 'x',
      answer: 'partial',
      disputed: false,
      votes: { a: 'partial', b: 'n/a', c: 'n/a' },
    });
  });

  it('is n/a when every assessor who answered said n/a', () => {
    const byAssessor = { a: { x: 'n/a' }, b: { x: 'n/a' }, c: {} } as const;
    expect(consensusOf(byAssessor, ['x'])[0]).toEqual({
      criterion: 'x',
      answer: 'n/a',
      disputed: false,
      votes: { a: 'n/a', b: 'n/a' },
    });
  });

  it('is null and not disputed when nobody answered', () => {
    expect(consensusOf({ a: {}, b: { y: 'met' } }, ['x'])).toEqual([
      { criterion: 'x', answer: null, disputed: false, votes: {} },
    ]);
    expect(consensusOf({}, ['x'])[0]).toMatchObject({ answer: null, disputed: false });
  });

  it('keeps the order of the criteria given', () => {
    const out = consensusOf({ a: { x: 'met', y: 'not-met' } }, ['y', 'x']);
    expect(out.map((c) => [c.criterion, c.answer])).toEqual([
      ['y', 'not-met'],
      ['x', 'met'],
    ]);
  });
});

describe('settle and disputedIds', () => {
  // x: met by 2-1; y: disputed 1-1; z: disputed 1-1; w: nobody answered.
  const byAssessor = {
    a: { x: 'met', y: 'met', z: 'met' },
    b: { x: 'met', y: 'not-met', z: 'partial' },
    c: { x: 'partial' },
  } as const;
  const consensus = consensusOf(byAssessor, ['x', 'y', 'z', 'w']);

  it('without settlements, disputed and unanswered criteria are missing', () => {
    expect(settle(consensus, {})).toEqual({ x: 'met' });
    expect(disputedIds(consensus, {})).toEqual(['y', 'z']);
  });

  it('settled answers replace disputed and computed ones', () => {
    const settled = { z: { answer: 'partial' }, x: { answer: 'not-met' } } as const;
    expect(settle(consensus, settled)).toEqual({ x: 'not-met', z: 'partial' });
    expect(disputedIds(consensus, settled)).toEqual(['y']);
  });
});
