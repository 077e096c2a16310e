import { withQueryType } from './queryModel';

describe('withQueryType', () => {
  it('keeps refId and the KPI when switching between KPI-based types', () => {
    expect(withQueryType({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' }, 'versions')).toEqual({
      refId: 'A',
      hide: undefined,
      datasource: undefined,
      queryType: 'versions',
      kpi: 'customer.nps',
    });
  });

  it('starts a funnel query without a journey, leaving the KPI and its interval behind', () => {
    expect(withQueryType({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' }, 'funnel')).toEqual({
      refId: 'A',
      hide: undefined,
      datasource: undefined,
      queryType: 'funnel',
      journey: '',
    });
  });

  it('keeps the KPI as the filter of a decision-latency query', () => {
    expect(withQueryType({ refId: 'A', queryType: 'versions', kpi: 'customer.nps' }, 'decision-latency')).toEqual({
      refId: 'A',
      hide: undefined,
      datasource: undefined,
      queryType: 'decision-latency',
      kpi: 'customer.nps',
    });
    expect(withQueryType({ refId: 'A', queryType: 'catalog' }, 'decision-latency')).toEqual({
      refId: 'A',
      hide: undefined,
      datasource: undefined,
      queryType: 'decision-latency',
    });
  });

  it('drops fields the new type does not have', () => {
    const q = withQueryType({ refId: 'B', queryType: 'funnel', journey: 'onboarding' }, 'catalog');
    expect(q).toEqual({ refId: 'B', hide: undefined, datasource: undefined, queryType: 'catalog' });
    expect(withQueryType(q, 'lineage')).not.toHaveProperty('kpi');
  });
});
