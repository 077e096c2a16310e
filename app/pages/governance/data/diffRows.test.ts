import { againstLabel, diffRows, showValue } from './diffRows';

describe('diffRows', () => {
  it('shows before and after per path, with a dash where a side is absent', () => {
    const rows = diffRows([
      { path: 'spec.thresholds.goal', op: 'changed', from: 40, to: 45 },
      { path: 'spec.labels', op: 'added', to: { team: 'cx' } },
      { path: 'spec.assumptions', op: 'removed', from: 'survey monthly' },
    ]);
    expect(rows).toEqual([
      { id: 'spec.thresholds.goal', path: 'spec.thresholds.goal', before: '40', after: '45', op: 'changed' },
      { id: 'spec.labels', path: 'spec.labels', before: '—', after: '{"team":"cx"}', op: 'added' },
      { id: 'spec.assumptions', path: 'spec.assumptions', before: 'survey monthly', after: '—', op: 'removed' },
    ]);
  });

  it('writes null and booleans as JSON', () => {
    expect(showValue(null)).toBe('null');
    expect(showValue(false)).toBe('false');
    expect(showValue(undefined)).toBe('—');
  });

  it('labels a first version "new"', () => {
    expect(againstLabel(null)).toBe('new');
    expect(againstLabel(2)).toBe('against v2');
  });
});
