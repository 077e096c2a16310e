import { createDataFrame, FieldType } from '@grafana/data';
import { DEFAULT_FIELD_NAMES } from '../options';
import { missingRequired, scorecardFields } from './fields';

const table = createDataFrame({
  fields: [
    { name: 'Perspective', type: FieldType.string, values: ['customer'] },
    { name: 'objective', type: FieldType.string, values: ['Delight'] },
    { name: 'kpi', type: FieldType.string, values: ['NPS'] },
    { name: 'actual', type: FieldType.number, values: [41], config: { displayName: 'Value' } },
    { name: 'previous', type: FieldType.number, values: [38] },
  ],
});
const trend = createDataFrame({
  fields: [
    { name: 'time', type: FieldType.time, values: [0, 1] },
    { name: 'customer.nps', type: FieldType.number, values: [40, 41] },
  ],
});

describe('scorecardFields', () => {
  it('finds each role by name, ignoring case, or by display name, and the datasource extras by their names', () => {
    const found = scorecardFields(table, DEFAULT_FIELD_NAMES);
    expect(found?.perspective?.name).toBe('Perspective');
    expect(found?.value?.name).toBe('actual');
    expect(found?.previous?.name).toBe('previous');
    expect(found?.target).toBeUndefined();
  });

  it('takes a frame lacking a required role, such as a trend series, for no scorecard table', () => {
    expect(scorecardFields(trend, DEFAULT_FIELD_NAMES)).toBeNull();
    expect(scorecardFields(table, { ...DEFAULT_FIELD_NAMES, kpi: 'indicator' })).toBeNull();
  });

  it('names the required fields no frame has, as configured', () => {
    expect(missingRequired([trend, table], { ...DEFAULT_FIELD_NAMES, value: 'score' })).toEqual(['score']);
    expect(missingRequired([trend, table], DEFAULT_FIELD_NAMES)).toEqual([]);
  });
});
