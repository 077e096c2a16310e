import { stageChange } from './change';

const stages = [
  { id: 'ad-hoc', name: 'Ad hoc' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
];

describe('stageChange', () => {
  it('is null without a previous cycle', () => {
    expect(stageChange({ data: 'defined' }, null, stages)).toBeNull();
  });

  it('gives the index delta per dimension present in both cycles', () => {
    // data: managed (3) − ad-hoc (1) = 2; people: null (0) − defined (2) = −2; tools: defined − null = 2;
    // same: 0; new and gone are in only one cycle.
    const current = { data: 'managed', people: null, tools: 'defined', same: 'ad-hoc', new: 'managed' };
    const previous = { data: 'ad-hoc', people: 'defined', tools: null, same: 'ad-hoc', gone: 'defined' };
    expect(stageChange(current, previous, stages)).toEqual({ data: 2, people: -2, tools: 2, same: 0 });
  });

  it('rejects a stage the model does not have', () => {
    expect(() => stageChange({ data: 'heroic' }, { data: null }, stages)).toThrow('unknown stage "heroic"');
  });
});
