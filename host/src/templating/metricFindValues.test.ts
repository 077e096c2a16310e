import { FieldType, toDataFrame, VariableSort } from '@grafana/data';
import { sortOptions, toMetricFindValues, toOptions } from './metricFindValues';

describe('toMetricFindValues', () => {
  test('text and value fields by name', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Value', type: FieldType.string, values: ['kpi.a', 'kpi.b'] },
        { name: 'text', type: FieldType.string, values: ['A', 'B'] },
      ],
    });
    expect(toMetricFindValues([frame])).toEqual([
      { text: 'A', value: 'kpi.a' },
      { text: 'B', value: 'kpi.b' },
    ]);
  });

  test('the first string field when neither text nor value is there', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'n', type: FieldType.number, values: [1] },
        { name: 'name', type: FieldType.string, values: ['x'] },
      ],
    });
    expect(toMetricFindValues([frame])).toEqual([{ text: 'x', value: 'x' }]);
  });

  test('no string field is an error, as in Grafana', () => {
    const frame = toDataFrame({ fields: [{ name: 'n', type: FieldType.number, values: [1] }] });
    expect(() => toMetricFindValues([frame])).toThrow("Couldn't find any field of type string in the results.");
  });
});

describe('toOptions', () => {
  const values = [{ text: 'srv-10' }, { text: 'srv-2' }, { text: 'db-1' }, { text: 'srv-2' }];

  test('regex capture group, unique values', () => {
    expect(toOptions(values, '/srv-(\\d+)/', undefined)).toEqual([
      { text: '10', value: '10' },
      { text: '2', value: '2' },
    ]);
  });

  test('named text and value groups', () => {
    expect(toOptions([{ text: 'id=7;name=Seven' }], '/id=(?<value>\\d+);name=(?<text>\\w+)/', undefined)).toEqual([
      { text: 'Seven', value: '7' },
    ]);
  });

  test('sorts', () => {
    const opts = [
      { text: 'b10', value: '1' },
      { text: 'B2', value: '2' },
      { text: 'a3', value: '3' },
    ];
    const texts = (sort: VariableSort) => sortOptions([...opts], sort).map((o) => o.text);
    expect(texts(VariableSort.alphabeticalAsc)).toEqual(['B2', 'a3', 'b10']);
    expect(texts(VariableSort.numericalDesc)).toEqual(['b10', 'a3', 'B2']);
    expect(texts(VariableSort.alphabeticalCaseInsensitiveAsc)).toEqual(['a3', 'b10', 'B2']);
    expect(texts(VariableSort.naturalAsc)).toEqual(['a3', 'B2', 'b10']);
    expect(texts(VariableSort.disabled)).toEqual(['b10', 'B2', 'a3']);
  });
});
