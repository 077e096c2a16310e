import { createTheme } from '@grafana/data';
import { defaultOptions } from '../options';
import { funnelView, isFunnelInputError } from './funnelView';
import { applied, frame, total, view } from './testFrames';

const theme = createTheme();

describe('funnelView', () => {
  it('prefers the KPI funnel frame, then long rows, then wide fields', () => {
    const kpi = frame({ stage: ['a', 'b'], value: [10, 5], conversion: [1, 0.5], stepConversion: [1, 0.5] });
    const long = frame({ stage: ['x', 'y'], value: [4, 2] });
    const wide = frame({ p: [8], q: [2] });
    expect(view([wide, long, kpi]).input).toBe('kpi-funnel');
    expect(view([wide, long]).input).toBe('long');
    expect(total(view([wide, long]), 'key')).toEqual(['x', 'y']);
    expect(view([wide]).input).toBe('wide');
    expect(total(view([wide, long], { layout: 'wide' }), 'key')).toEqual(['p', 'q', 'value']);
  });

  it('interpolates template variables in the field names', () => {
    const data = applied([frame({ step: ['a', 'b'], users: [10, 5] })]);
    const vars: Record<string, string> = { $stage: 'step', $value: 'users' };
    const options = { ...defaultOptions, stageField: '$stage', valueField: '$value' };
    const v = funnelView(data, options, { theme, replaceVariables: (s) => vars[s] ?? s });
    expect(isFunnelInputError(v) ? v.error : v.groups[0]?.stages.map((s) => s.value)).toEqual([10, 5]);
  });

  it('says there is no data without frames or rows', () => {
    expect(funnelView([], defaultOptions, { theme })).toEqual({
      error: 'No data: the query returned no frames.',
      empty: true,
    });
    const empty = frame({ stage: [], value: [] });
    expect(funnelView([empty], defaultOptions, { theme })).toEqual({
      error: 'No data: the query returned no rows.',
      empty: true,
    });
  });

  it('builds the display processor itself when a frame comes without one', () => {
    const raw = frame({ stage: ['a', 'b'], value: [1500, 5] }, { config: { value: { unit: 'short' } } });
    const v = funnelView([raw], defaultOptions, { theme });
    expect(isFunnelInputError(v) ? [] : v.groups[0]?.stages.map((s) => s.display.text)).toEqual(['1.50', '5']);
  });

  it('keeps 30 stages × 8 breakdown values in data order with per-group conversions', () => {
    const stages = Array.from({ length: 30 }, (_, i) => `step-${String(30 - i).padStart(2, '0')}`);
    const segments = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
    const rows = segments.flatMap((seg, g) =>
      stages.map((stage, i) => ({ stage, seg, value: (g + 1) * (300 - 10 * i) }))
    );
    const v = view([
      frame({ stage: rows.map((r) => r.stage), segment: rows.map((r) => r.seg), value: rows.map((r) => r.value) }),
    ]);
    expect(v.groups).toHaveLength(9);
    expect(v.groups.map((g) => g.breakdown)).toEqual([null, ...segments]);
    expect(total(v, 'key')).toEqual(stages);
    // total of a stage = (1 + … + 8) × (300 − 10 i) = 36 × (300 − 10 i)
    expect(total(v, 'value').slice(0, 3)).toEqual([10800, 10440, 10080]);
    expect(total(v, 'value')[29]).toBe(360);
    expect(v.groups[4]?.stages[29]?.value).toBe(40);
    expect(v.groups[4]?.stages[29]?.conversion).toBeCloseTo(40 / 1200, 12);
    expect(v.groups[8]?.stages[1]?.stepConversion).toBeCloseTo(290 / 300, 12);
    expect(v.groups.every((g) => g.stages.every((s) => !s.impossible))).toBe(true);
  });
});
