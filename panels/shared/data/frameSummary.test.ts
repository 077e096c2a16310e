import { createDataFrame, FieldType } from '@grafana/data';
import { summarizeFrames } from './frameSummary';

const table = createDataFrame({
  refId: 'A',
  name: 'scorecard',
  fields: [
    { name: 'perspective', type: FieldType.string, values: ['customer', 'financial'] },
    { name: 'Value', type: FieldType.number, values: [41, 12.5], config: { displayName: 'NPS' } },
  ],
});
const series = createDataFrame({
  refId: 'B',
  fields: [
    { name: 'time', type: FieldType.time, values: [1, 2, 3] },
    { name: 'customer.nps', type: FieldType.number, values: [1, 2, 3] },
  ],
});

describe('summarizeFrames', () => {
  it('lists each frame with its refId, rows and typed fields', () => {
    const [first, second] = summarizeFrames([table, series]);
    expect(first).toMatchObject({ index: 0, name: 'scorecard', refId: 'A', rows: 2 });
    expect(first?.fields).toEqual([
      // With several frames Grafana prefixes the frame name to tell same-named fields apart.
      { name: 'perspective', displayName: 'scorecard perspective', type: FieldType.string },
      { name: 'Value', displayName: 'NPS', type: FieldType.number },
    ]);
    expect(second).toMatchObject({ index: 1, refId: 'B', rows: 3 });
    expect(second?.fields.map((f) => f.type)).toEqual([FieldType.time, FieldType.number]);
  });

  it('returns nothing for no frames', () => {
    expect(summarizeFrames([])).toEqual([]);
  });
});
