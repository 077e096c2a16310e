import { FieldType, toDataFrame } from '@grafana/data';
import { annotationsFromFrames } from './read';

describe('annotationsFromFrames', () => {
  it('reads time, end, title, text, tags and colour per row', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: [1000, 2000] },
        { name: 'timeEnd', type: FieldType.time, values: [5000, null] },
        { name: 'title', type: FieldType.string, values: ['NPS: escalation level 2 (open)', 'Deploy'] },
        { name: 'text', type: FieldType.string, values: ['Below target 3 of 4 months', null] },
        { name: 'tags', type: FieldType.other, values: [['escalation', 'nps', 'p1', 'open'], []] },
        { name: 'color', type: FieldType.string, values: ['red', ''] },
        { name: 'source', type: FieldType.other, values: [{ type: 'kpi' }, { type: 'grafana' }] },
      ],
    });
    expect(annotationsFromFrames([frame])).toEqual([
      {
        time: 1000,
        timeEnd: 5000,
        title: 'NPS: escalation level 2 (open)',
        text: 'Below target 3 of 4 months',
        tags: ['escalation', 'nps', 'p1', 'open'],
        color: 'red',
      },
      { time: 2000, timeEnd: null, title: 'Deploy', text: '', tags: [] },
    ]);
  });

  it('takes comma-separated tags and times as ISO strings or Dates', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', values: ['2026-06-29T07:00:00Z', new Date(Date.UTC(2026, 5, 30))] },
        { name: 'tags', values: ['escalation, nps ,p1,open', 42] },
      ],
    });
    expect(annotationsFromFrames([frame])).toEqual([
      { time: 1782716400000, timeEnd: null, title: '', text: '', tags: ['escalation', 'nps', 'p1', 'open'] },
      { time: 1782777600000, timeEnd: null, title: '', text: '', tags: [] },
    ]);
  });

  it('leaves out rows without a usable time and frames without a time field, and reads nothing from nothing', () => {
    const noTime = toDataFrame({ fields: [{ name: 'title', values: ['orphan'] }] });
    const badTime = toDataFrame({
      fields: [
        { name: 'time', values: [null, 'not a date', 3000] },
        { name: 'title', values: ['a', 'b', 'c'] },
      ],
    });
    expect(annotationsFromFrames([noTime, badTime]).map((a) => a.title)).toEqual(['c']);
    expect(annotationsFromFrames(undefined)).toEqual([]);
    expect(annotationsFromFrames([])).toEqual([]);
  });
});
