import { type DataContextScopedVar, FieldType, toDataFrame } from '@grafana/data';
import { dataMacroValue } from './dataMacro';
import { interpolate } from './interpolate';
import { makeLookup } from './resolve';

const value = { name: 'value', type: FieldType.number, values: [43, 36], config: {} };
const frame = toDataFrame({
  name: 'Scorecard',
  refId: 'A',
  fields: [{ name: 'kpiId', type: FieldType.string, values: ['fin.margin', 'cust nps'] }, value],
});
const context = (rowIndex?: number): DataContextScopedVar => ({
  value: { data: [frame], frame, field: value, rowIndex },
});

describe('${__data.…} in data links', () => {
  it('reads the fields, name and refId of the link’s row', () => {
    const lookup = makeLookup([], undefined, { __dataContext: context(1) });
    expect(interpolate('/kpis/${__data.fields.kpiId}?v=${__data.fields.value}', lookup)).toBe('/kpis/cust nps?v=36');
    expect(interpolate('${__data.name}/${__data.refId}', lookup)).toBe('Scorecard/A');
    expect(interpolate('/kpis/${__data.fields.kpiId}', lookup, 'uriencode')).toBe('/kpis/cust%20nps');
  });

  it('leaves the macro as written outside a row, as Grafana does', () => {
    expect(dataMacroValue({ __dataContext: context() })).toBeUndefined();
    expect(interpolate('/kpis/${__data.fields.kpiId}', makeLookup([], undefined, {}))).toBe(
      '/kpis/${__data.fields.kpiId}'
    );
  });
});
