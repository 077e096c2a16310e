import { journeySpec } from './journey';

const stages = [
  { id: 'trial', name: 'Trial', match: { event: 'trial' } },
  { id: 'paid', name: 'Paid', match: { event: 'paid' } },
];
const spec = (extra: object = {}) => ({
  name: 'Signup',
  source: 'events',
  conversionWindow: '30d',
  order: 'ordered',
  stages,
  ...extra,
});
const issues = (value: object) => {
  const result = journeySpec.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('journeySpec', () => {
  it('still accepts a journey without within, exclude or holdConstant', () => {
    expect(journeySpec.parse(spec()).stages.map((s) => s.within)).toEqual([undefined, undefined]);
  });

  it('accepts within on later stages, exclude filters and holdConstant columns', () => {
    const parsed = journeySpec.parse(
      spec({
        stages: [stages[0], { ...stages[1], within: '2d' }],
        exclude: [{ event: 'refund' }, { channel: ['partner', 'reseller'] }],
        holdConstant: ['segment', 'region'],
      })
    );
    expect(parsed.stages[1]?.within).toBe('2d');
    expect(parsed.exclude).toEqual([{ event: 'refund' }, { channel: ['partner', 'reseller'] }]);
    expect(parsed.holdConstant).toEqual(['segment', 'region']);
  });

  it('refuses within on the first stage, which has no previous step', () => {
    expect(issues(spec({ stages: [{ ...stages[0], within: '1h' }, stages[1]] }))).toEqual([
      {
        path: ['stages', 0, 'within'],
        message: 'the first stage has no previous step, so "within: 1h" cannot apply; set it on a later stage',
      },
    ]);
  });

  it('refuses a within that is not a duration', () => {
    expect(issues(spec({ stages: [stages[0], { ...stages[1], within: '2 days' }] }))).toEqual([
      { path: ['stages', 1, 'within'], message: 'a duration such as 30d, 12h, 2w or 90m' },
    ]);
  });

  it('holds only canonical columns other than time and customer, each once', () => {
    const held = (holdConstant: string[]) => issues(spec({ holdConstant })).map((i) => i.path);
    expect(held(['time'])).toEqual([['holdConstant', 0]]);
    expect(held(['channel', 'customer'])).toEqual([['holdConstant', 1]]);
    expect(held(['product'])).toEqual([['holdConstant', 0]]);
    expect(issues(spec({ holdConstant: ['segment', 'channel', 'segment'] }))).toEqual([
      { path: ['holdConstant', 2], message: 'duplicate column "segment"' },
    ]);
  });

  it('refuses an exclude entry that is not a filter', () => {
    expect(issues(spec({ exclude: ['refund'] })).map((i) => i.path)).toEqual([['exclude', 0]]);
  });
});
