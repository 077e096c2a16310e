import { toVariableQuery } from './variableQuery';

describe('toVariableQuery', () => {
  it('reads our query, a bare list name and the {query} of older dashboards', () => {
    expect(toVariableQuery({ refId: 'v', queryType: 'variables', variable: 'segments' })).toEqual({
      refId: 'v',
      queryType: 'variables',
      variable: 'segments',
    });
    expect(toVariableQuery(' KPIs ')).toEqual({ refId: 'variable', queryType: 'variables', variable: 'kpis' });
    expect(toVariableQuery({ refId: 'x', query: 'perspectives' })).toMatchObject({
      refId: 'x',
      variable: 'perspectives',
    });
  });

  it('names the lists there are when the saved one is not one of them', () => {
    expect(() => toVariableQuery('owners')).toThrow(
      '"owners" is not a list the KPI datasource offers: use one of kpis, scorecards, journeys, segments, perspectives, channels, regions'
    );
  });
});
