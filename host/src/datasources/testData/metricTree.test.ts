import { queryMetricTree } from './metricTree';

describe('queryMetricTree', () => {
  test('wildcards, names and globs select levels of the A/B/C tree', () => {
    expect(queryMetricTree('*')).toEqual(['A', 'B', 'C']);
    expect(queryMetricTree('B.*')).toEqual(['BA', 'BB', 'BC']);
    expect(queryMetricTree('{A,C}.*')).toEqual(['AA', 'AB', 'AC', 'CA', 'CB', 'CC']);
    expect(queryMetricTree('A.AB.*')).toEqual(['ABA', 'ABB', 'ABC']);
    expect(queryMetricTree('Z.*')).toEqual([]);
  });
});
