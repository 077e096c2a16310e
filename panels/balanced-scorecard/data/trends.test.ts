import { createDataFrame, FieldType } from '@grafana/data';
import { indexTrends, latest } from './trends';

const series = (name: string, values: Array<number | null>, config = {}) =>
  createDataFrame({
    fields: [
      { name: 'time', type: FieldType.time, values: values.map((_, i) => i * 1000) },
      { name, type: FieldType.number, values, config },
    ],
  });

describe('indexTrends', () => {
  it("finds a series from any datasource by the KPI's name, ignoring case, and by KPI id first", () => {
    const trends = indexTrends([
      series('Value', [1, 2], { displayName: 'Net Promoter Score' }),
      series('customer.nps', [7, 8]),
    ]);
    expect(trends.find(null, 'net promoter score')?.values).toEqual([1, 2]);
    expect(trends.find('customer.nps', 'Net Promoter Score')?.values).toEqual([7, 8]);
    expect(trends.find('other', 'Other')).toBeNull();
  });

  it('skips frames without time and fields hidden from graphs', () => {
    const hidden = series('sample', [5, 5], { custom: { hideFrom: { viz: true } } });
    const table = createDataFrame({
      fields: [
        { name: 'kpi', values: ['x'] },
        { name: 'value', type: FieldType.number, values: [1] },
      ],
    });
    const trends = indexTrends([hidden, table]);
    expect(trends.find('sample', 'sample')).toBeNull();
    expect(trends.find('value', 'value')).toBeNull();
  });
});

describe('latest', () => {
  it('gives the last point with a value and the value before it', () => {
    expect(latest({ times: [0, 1, 2, 3], values: [4, null, 6, null] })).toEqual({ time: 2, value: 6, before: 4 });
    expect(latest({ times: [0], values: [4] })).toEqual({ time: 0, value: 4, before: null });
    expect(latest({ times: [0], values: [null] })).toBeNull();
    expect(latest(null)).toBeNull();
  });
});
