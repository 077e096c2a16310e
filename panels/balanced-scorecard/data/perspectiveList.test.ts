import { DEFAULT_PERSPECTIVES } from '../options';
import {
  addDraft,
  draftProblems,
  fromDrafts,
  moveDraft,
  type PerspectiveDraft,
  removeDraft,
  sameOptions,
  toDrafts,
  updateDraft,
} from './perspectiveList';

const draft = (id: string, weight = '', name = id.toUpperCase()): PerspectiveDraft => ({ id, name, weight });
const ids = (drafts: PerspectiveDraft[]) => drafts.map((d) => d.id);

describe('drafts and options', () => {
  it('round-trips the options, weights as text', () => {
    const options = [
      { id: 'financial', name: 'Financial', weight: 2 },
      { id: 'customer', name: 'Customer' },
    ];
    const drafts = toDrafts(options);
    expect(drafts[0]).toEqual({ id: 'financial', name: 'Financial', weight: '2' });
    expect(drafts[1]?.weight).toBe('');
    expect(fromDrafts(drafts)).toEqual(options);
    expect(fromDrafts(toDrafts(DEFAULT_PERSPECTIVES))).toEqual(DEFAULT_PERSPECTIVES);
  });

  it('trims ids and names, leaves out an empty weight and names an unnamed perspective by its id', () => {
    expect(fromDrafts([{ id: ' customer ', name: '  ', weight: ' ' }])).toEqual([{ id: 'customer', name: 'customer' }]);
    expect(fromDrafts([{ id: 'a', name: 'A ', weight: ' 0.5 ' }])).toEqual([{ id: 'a', name: 'A', weight: 0.5 }]);
  });

  it('gives no option value while a row has a problem', () => {
    expect(fromDrafts([draft('a'), draft('a')])).toBeNull();
    expect(fromDrafts([draft('a', '-1')])).toBeNull();
  });

  it('compares option lists field by field', () => {
    expect(
      sameOptions(
        DEFAULT_PERSPECTIVES,
        DEFAULT_PERSPECTIVES.map((p) => ({ ...p }))
      )
    ).toBe(true);
    expect(sameOptions([{ id: 'a', name: 'A' }], [{ id: 'a', name: 'A', weight: 1 }])).toBe(false);
    expect(sameOptions([{ id: 'a', name: 'A' }], [])).toBe(false);
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with distinct ids and weights of zero or more', () => {
    expect(draftProblems([draft('a', '0'), draft('b', '2.5'), draft('c')])).toEqual([{}, {}, {}]);
  });

  it('asks for an id with a letter or digit', () => {
    expect(draftProblems([draft('  ')])[0]).toEqual({ id: 'Enter an id' });
    expect(draftProblems([draft('--')])[0]).toEqual({ id: 'An id needs a letter or digit' });
  });

  it('flags both rows of ids that would match the same perspective', () => {
    const problems = draftProblems([draft('learning-growth'), draft('b'), draft('Learning & Growth ')]);
    expect(problems[0]?.id).toBe('Duplicate id: row 3 has "Learning & Growth"');
    expect(problems[1]).toEqual({});
    expect(problems[2]?.id).toBe('Duplicate id: row 1 has "learning-growth"');
  });

  it('rejects negative and non-numeric weights', () => {
    expect(draftProblems([draft('a', '-0.5'), draft('b', 'abc'), draft('c', '-')]).map((p) => p.weight)).toEqual([
      'Weight cannot be negative',
      'Weight must be a number',
      'Weight must be a number',
    ]);
  });
});

describe('list operations', () => {
  const list = [draft('a'), draft('b'), draft('c')];

  it('updates one row, keeping the others', () => {
    const next = updateDraft(list, 1, { weight: '3' });
    expect(next[1]).toEqual({ id: 'b', name: 'B', weight: '3' });
    expect(next[0]).toBe(list[0]);
    expect(list[1]?.weight).toBe('');
  });

  it('moves a row up or down and nowhere past the ends', () => {
    expect(ids(moveDraft(list, 1, -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveDraft(list, 1, 1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveDraft(list, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveDraft(list, 2, 1))).toEqual(['a', 'b', 'c']);
  });

  it('removes a row', () => {
    expect(ids(removeDraft(list, 0))).toEqual(['b', 'c']);
  });

  it('adds a row with a free id, so the list stays valid', () => {
    expect(addDraft(list)[3]).toEqual({ id: 'perspective-4', name: 'Perspective 4', weight: '' });
    expect(addDraft([draft('a'), draft('Perspective 3')])[2]?.id).toBe('perspective-4');
    expect(fromDrafts(addDraft(toDrafts(DEFAULT_PERSPECTIVES)))).toHaveLength(5);
  });
});
