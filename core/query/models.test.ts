import { annotationsQuery, decisionLatencyQuery, funnelQuery, kpiQuery, query } from './models';

const messages = (input: unknown) => {
  const parsed = query.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('funnel query', () => {
  it('reads a journey with a breakdown, the previous period, a definition and an interval', () => {
    const given = {
      refId: 'A',
      queryType: 'funnel',
      journey: 'onboarding',
      breakdown: 'channel',
      compare: 'previous-period',
      definition: { version: 2 },
      interval: '1d',
    };
    expect(query.parse(given)).toEqual(given);
  });

  it('needs only the journey', () => {
    expect(funnelQuery.parse({ refId: 'A', queryType: 'funnel', journey: 'checkout' })).toEqual({
      refId: 'A',
      queryType: 'funnel',
      journey: 'checkout',
    });
  });

  it('takes any column name as breakdown: the server checks it against the source', () => {
    expect(messages({ refId: 'A', queryType: 'funnel', journey: 'onboarding', breakdown: 'plan_tier' })).toEqual([]);
  });

  it('says what is wrong with a journey, a breakdown and a comparison', () => {
    expect(messages({ refId: 'A', queryType: 'funnel' })).toEqual([
      'journey: Invalid input: expected string, received undefined',
    ]);
    expect(messages({ refId: 'A', queryType: 'funnel', journey: 'On Boarding' })).toEqual([
      'journey: must be lowercase letters, digits, "." and "-", starting with a letter or digit',
    ]);
    expect(messages({ refId: 'A', queryType: 'funnel', journey: 'onboarding', breakdown: '' })).toEqual([
      'breakdown: name a column to break down by, or leave breakdown out',
    ]);
    expect(messages({ refId: 'A', queryType: 'funnel', journey: 'onboarding', compare: 'last-year' })).toEqual([
      'compare: compare can only be "previous-period"',
    ]);
    expect(messages({ refId: 'A', queryType: 'funnel', journey: 'onboarding', definition: { version: 0 } })).toEqual([
      'definition.version: Too small: expected number to be >0',
    ]);
  });
});

describe('query', () => {
  it('names the query types there are for an unknown one', () => {
    expect(messages({ refId: 'A', queryType: 'funnels' })).toEqual([
      "queryType: Invalid discriminator value. Expected 'kpi' | 'scorecard' | 'funnel' | 'catalog' | 'versions' | 'lineage' | 'annotations' | 'variables' | 'decision-latency'",
    ]);
  });

  it('keeps only the known filter columns of a kpi query and names the others', () => {
    const base = { refId: 'A', queryType: 'kpi', kpi: 'customer.nps' };
    expect(kpiQuery.parse({ ...base, filter: { segment: ['smb'], region: 'emea' } }).filter).toEqual({
      segment: ['smb'],
      region: 'emea',
    });
    expect(messages({ ...base, filter: { plan: ['pro'] } })).toEqual([
      'filter.plan: cannot filter on "plan": use segment, channel, region',
    ]);
    expect(messages({ ...base, filter: { segment: [] } })).toEqual([
      'filter.segment: an empty list matches nothing: give at least one value or leave the column out',
    ]);
  });

  it('offers journeys among the variable lists', () => {
    expect(messages({ refId: 'A', queryType: 'variables', variable: 'journeys' })).toEqual([]);
  });
});

describe('decision-latency query', () => {
  it('reads a grouping and optional KPI and owner filters', () => {
    const given = { refId: 'L', queryType: 'decision-latency', groupBy: 'owner', kpi: 'customer.nps', owner: 'Dana' };
    expect(query.parse(given)).toEqual(given);
    expect(decisionLatencyQuery.parse({ refId: 'L', queryType: 'decision-latency' })).toEqual({
      refId: 'L',
      queryType: 'decision-latency',
    });
  });

  it('says what is wrong with a grouping, a KPI and an owner', () => {
    expect(messages({ refId: 'L', queryType: 'decision-latency', groupBy: 'policy' })).toEqual([
      'groupBy: groupBy is "kpi" or "owner"',
    ]);
    expect(messages({ refId: 'L', queryType: 'decision-latency', kpi: 'Customer NPS' })).toEqual([
      'kpi: must be lowercase letters, digits, "." and "-", starting with a letter or digit',
    ]);
    expect(messages({ refId: 'L', queryType: 'decision-latency', owner: '' })).toEqual([
      'owner: name an owner, or leave owner out',
    ]);
  });
});

describe('annotations query', () => {
  it('includes escalations and narrows to a scorecard and a journey', () => {
    const given = {
      refId: 'A',
      queryType: 'annotations',
      include: ['escalations', 'check-ins'],
      scorecard: 'corporate',
      journey: 'onboarding',
    };
    expect(annotationsQuery.parse(given)).toEqual(given);
  });

  it('names the kinds there are for an unknown one', () => {
    expect(messages({ refId: 'A', queryType: 'annotations', include: ['alerts'] })).toEqual([
      'include.0: Invalid option: expected one of "definition-changes"|"freeze-windows"|"check-ins"|"escalations"',
    ]);
  });
});
