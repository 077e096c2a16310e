import { FieldMatcherID, FieldType, formattedValueToString } from '@grafana/data';
import { frame, inputError, theme, total, view } from './testFrames';

describe('funnelView of wide fields', () => {
  it('takes one numeric field per stage in field order, ignoring the time field', () => {
    const data = frame(
      { time: [1_700_000_000_000], Visit: [1000], Signup: [250], Purchase: [50] },
      { types: { time: FieldType.time } }
    );
    const v = view([data]);
    expect(v.input).toBe('wide');
    expect(total(v, 'key')).toEqual(['Visit', 'Signup', 'Purchase']);
    expect(total(v, 'value')).toEqual([1000, 250, 50]);
    expect(total(v, 'conversion')).toEqual([1, 0.25, 0.05]);
    expect(total(v, 'stepConversion')).toEqual([null, 0.25, 0.2]);
    expect(total(v, 'dropOff')).toEqual([null, 750, 200]);
    expect(v.groups).toHaveLength(1);
  });

  it('keeps field order when later stages are larger, flagged', () => {
    const v = view([frame({ Purchase: [5], Trial: [20], Visit: [10] })]);
    expect(total(v, 'key')).toEqual(['Purchase', 'Trial', 'Visit']);
    expect(total(v, 'impossible')).toEqual([false, true, false]);
    expect(total(v, 'problem')[1]).toBe('Trial 20 exceeds Purchase 5: step conversion 400%');
  });

  it('sums the rows of each stage field', () => {
    const v = view([frame({ Visit: [600, 400], Signup: [100, 100] })]);
    expect(total(v, 'value')).toEqual([1000, 200]);
    expect(total(v, 'conversion')).toEqual([1, 0.2]);
  });

  it('restricts and orders the stages by the chosen fields', () => {
    const v = view([frame({ Visit: [1000], Signup: [250], Purchase: [50] })], { wideFields: ['Purchase', 'Visit'] });
    expect(total(v, 'key')).toEqual(['Purchase', 'Visit']);
    expect(inputError([frame({ Visit: [1], Signup: [1] })], { wideFields: ['Visit', 'Trial'] })).toBe(
      'The stage field "Trial" is not a numeric field of the data. Fields: "Visit", "Signup".'
    );
  });

  it('reads rows as breakdown groups when the breakdown field is in the frame', () => {
    const data = frame({ segment: ['web', 'app', 'web'], Visit: [600, 400, 100], Signup: [300, 100, 50] });
    const v = view([data]);
    expect(v.breakdownField).toBe('segment');
    expect(v.groups.map((g) => g.breakdown)).toEqual([null, 'web', 'app']);
    expect(v.groups.map((g) => g.stages.map((s) => s.value))).toEqual([
      [1100, 450],
      [700, 350],
      [400, 100],
    ]);
    expect(v.groups[2]?.stages[1]?.conversion).toBe(0.25);
  });

  it('takes one stage from each query when every query returns one number', () => {
    const visits = frame({ Value: [800] }, { refId: 'A', name: 'Visits' });
    const orders = frame({ Value: [200] }, { refId: 'B', name: 'Orders' });
    const v = view([visits, orders]);
    expect(total(v, 'name')).toEqual(['Visits', 'Orders']);
    expect(new Set(total(v, 'key')).size).toBe(2);
    expect(total(v, 'conversion')).toEqual([1, 0.25]);
  });

  it('formats, colours and links each stage with its own field config and overrides', () => {
    const data = frame({ Visit: [1000], Signup: [250], Revenue: [50] });
    const v = view(
      [data],
      {},
      {
        defaults: { decimals: 0, links: [{ title: 'All stages', url: '/d/all' }] },
        overrides: [
          {
            matcher: { id: FieldMatcherID.byName, options: 'Revenue' },
            properties: [
              { id: 'unit', value: 'currencyUSD' },
              { id: 'displayName', value: 'Paid' },
              { id: 'color', value: { mode: 'fixed', fixedColor: 'purple' } },
              { id: 'links', value: [{ title: 'Revenue report', url: '/d/revenue' }] },
            ],
          },
        ],
      }
    );
    const stages = v.groups[0]?.stages ?? [];
    expect(stages.map((s) => formattedValueToString(s.display))).toEqual(['1000', '250', '$50']);
    expect(stages.map((s) => s.name)).toEqual(['Visit', 'Signup', 'Paid']);
    expect(stages[2]?.color).toBe(theme.visualization.getColorByName('purple'));
    expect(stages.map((s) => s.links.map((l) => l.title))).toEqual([
      ['All stages'],
      ['All stages'],
      ['Revenue report', 'All stages'],
    ]);
  });

  it('says so when there is no numeric field', () => {
    expect(inputError([frame({ label: ['a'] })])).toBe('No numeric field to use as a stage. Fields: "label".');
  });
});
