import { AnnotationEventFieldSource, FieldType, toDataFrame } from '@grafana/data';
import { eventsFromFrames, withRegions } from './events';

const t0 = Date.UTC(2026, 0, 1);

describe('eventsFromFrames', () => {
  test('fields by lower-cased name; tags split on commas or taken as arrays', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [t0, t0 + 1] },
        { name: 'TimeEnd', type: FieldType.time, values: [t0 + 10, t0 + 1] },
        { name: 'Title', type: FieldType.string, values: ['v2', 'freeze'] },
        { name: 'text', type: FieldType.string, values: ['approved', 'no changes'] },
        { name: 'tags', type: FieldType.other, values: ['a,b', ['c']] },
        { name: 'id', type: FieldType.string, values: ['1', '2'] },
      ],
    });
    expect(withRegions(eventsFromFrames([frame]))).toEqual([
      {
        type: 'default',
        color: 'red',
        time: t0,
        timeEnd: t0 + 10,
        title: 'v2',
        text: 'approved',
        tags: ['a', 'b'],
        id: '1',
        isRegion: true,
      },
      {
        type: 'default',
        color: 'red',
        time: t0 + 1,
        timeEnd: t0 + 1,
        title: 'freeze',
        text: 'no changes',
        tags: ['c'],
        id: '2',
        isRegion: false,
      },
    ]);
  });

  test('the first time field and the first string field stand in for time and text', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'when', type: FieldType.time, values: [t0] },
        { name: 'note', type: FieldType.string, values: ['hello'] },
      ],
    });
    expect(eventsFromFrames([frame])).toEqual([{ type: 'default', color: 'red', time: t0, text: 'hello' }]);
  });

  test('no events without a time or a text', () => {
    const noText = toDataFrame({ fields: [{ name: 'time', type: FieldType.time, values: [t0] }] });
    const noTime = toDataFrame({ fields: [{ name: 'text', type: FieldType.string, values: ['x'] }] });
    expect(eventsFromFrames([noText, noTime])).toEqual([]);
  });

  test('mappings pick other fields, constant text, or skip a field', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'at', type: FieldType.time, values: [t0] },
        { name: 'msg', type: FieldType.string, values: ['m'] },
        { name: 'title', type: FieldType.string, values: ['skipped'] },
      ],
    });
    const events = eventsFromFrames([frame], {
      text: { value: 'msg' },
      title: { source: AnnotationEventFieldSource.Skip },
      tags: { source: AnnotationEventFieldSource.Text, value: 'fixed' },
    });
    expect(events).toEqual([{ type: 'default', color: 'red', time: t0, text: 'm', tags: ['fixed'] }]);
  });
});
