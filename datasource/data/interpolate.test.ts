import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { expandList, expandText, interpolateQuery, MAX_EXPANSIONS } from './interpolate';

const templateSrv = fakeTemplateSrv({
  kpi: ['customer.nps', 'customer.csat'],
  one: 'finance.revenue',
  segment: ['smb', 'enterprise'],
  none: [],
  region: 'emea',
  interval: '1w',
});

describe('expandText', () => {
  it('gives one text per value of a multi-value variable, and a text without variables as it is', () => {
    expect(expandText('$kpi', undefined, templateSrv)).toEqual(['customer.nps', 'customer.csat']);
    expect(expandText('${one}', undefined, templateSrv)).toEqual(['finance.revenue']);
    expect(expandText('plain', undefined, templateSrv)).toEqual(['plain']);
  });

  it('combines several variables in one text and keeps the literal parts', () => {
    expect(expandText('$segment-$region', undefined, templateSrv)).toEqual(['smb-emea', 'enterprise-emea']);
    expect(expandText('$segment/$kpi', undefined, templateSrv)).toHaveLength(4);
  });

  it('gives nothing for a variable without values, and refuses an explosion of combinations', () => {
    expect(expandText('$none', undefined, templateSrv)).toEqual([]);
    const many = fakeTemplateSrv({
      a: Array.from({ length: 20 }, (_, i) => `a${i}`),
      b: Array.from({ length: 20 }, (_, i) => `b${i}`),
    });
    expect(() => expandText('$a$b', undefined, many)).toThrow(`"$a$b" takes more than ${MAX_EXPANSIONS} values`);
  });

  it('uses scoped variables before dashboard ones', () => {
    expect(expandText('$region', { region: { text: 'amer', value: 'amer' } }, templateSrv)).toEqual(['amer']);
  });
});

describe('expandList', () => {
  it('flattens the values of every entry without duplicates', () => {
    expect(expandList(['$segment', 'smb', 'partner'], undefined, templateSrv)).toEqual([
      'smb',
      'enterprise',
      'partner',
    ]);
  });
});

describe('interpolateQuery', () => {
  it('makes one kpi query per KPI of a multi-value variable, with every other field interpolated', () => {
    const queries = interpolateQuery(
      {
        refId: 'A',
        queryType: 'kpi',
        kpi: '$kpi',
        interval: '$interval',
        filter: { segment: ['$segment'], region: ['$region'], channel: ['$none'] },
        alias: '$region $segment',
        definition: { asOf: '$one' },
      },
      undefined,
      templateSrv
    );
    expect(queries).toEqual(
      ['customer.nps', 'customer.csat'].map((kpi) => ({
        refId: 'A',
        queryType: 'kpi',
        kpi,
        interval: '1w',
        filter: { segment: ['smb', 'enterprise'], region: ['emea'] },
        alias: 'emea smb,enterprise',
        definition: { asOf: 'finance.revenue' },
      }))
    );
  });

  it('drops a filter column whose variable stands at All (custom all value *), so events without a segment count too', () => {
    const all = fakeTemplateSrv({ segment: '*' });
    const [query] = interpolateQuery(
      { refId: 'A', queryType: 'kpi', kpi: 'x', filter: { segment: ['$segment'], region: ['emea'] } },
      undefined,
      all
    );
    expect(query).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'x', filter: { region: ['emea'] } });
  });

  it('reports a KPI variable the dashboard does not have', () => {
    expect(() =>
      interpolateQuery({ refId: 'A', queryType: 'versions', kpi: '$missing' }, undefined, templateSrv)
    ).toThrow('KPI "$missing" names a template variable this dashboard does not have');
  });

  it('expands scorecards and the KPIs of annotation queries; an empty KPI list means every KPI', () => {
    expect(
      interpolateQuery({ refId: 'A', queryType: 'scorecard', scorecard: '${one}' }, undefined, templateSrv)
    ).toEqual([{ refId: 'A', queryType: 'scorecard', scorecard: 'finance.revenue' }]);
    expect(
      interpolateQuery({ refId: 'X', queryType: 'annotations', kpis: ['$kpi', '$one'] }, undefined, templateSrv)
    ).toEqual([{ refId: 'X', queryType: 'annotations', kpis: ['customer.nps', 'customer.csat', 'finance.revenue'] }]);
    expect(interpolateQuery({ refId: 'X', queryType: 'annotations', kpis: ['$none'] }, undefined, templateSrv)).toEqual(
      [{ refId: 'X', queryType: 'annotations' }]
    );
  });

  it('makes one decision-latency query per KPI of a multi-value variable, with the owner interpolated', () => {
    const templates = fakeTemplateSrv({ kpi: ['customer.nps', 'customer.csat'], owner: 'Dana' });
    const latency = { refId: 'L', queryType: 'decision-latency' as const, kpi: '$kpi', owner: '$owner' };
    expect(interpolateQuery(latency, undefined, templates)).toEqual([
      { refId: 'L', queryType: 'decision-latency', kpi: 'customer.nps', owner: 'Dana' },
      { refId: 'L', queryType: 'decision-latency', kpi: 'customer.csat', owner: 'Dana' },
    ]);
    expect(
      interpolateQuery({ refId: 'L', queryType: 'decision-latency', groupBy: 'owner' }, undefined, templates)
    ).toEqual([{ refId: 'L', queryType: 'decision-latency', groupBy: 'owner' }]);
  });

  it('interpolates the scorecard and journey of an annotation query, dropping one a variable leaves empty', () => {
    const templates = fakeTemplateSrv({ card: 'corporate', journey: 'onboarding', none: [] });
    const anno = { refId: 'X', queryType: 'annotations' as const, scorecard: '$card', journey: '$journey' };
    expect(interpolateQuery(anno, undefined, templates)).toEqual([
      { refId: 'X', queryType: 'annotations', scorecard: 'corporate', journey: 'onboarding' },
    ]);
    expect(interpolateQuery({ ...anno, journey: '$none' }, undefined, templates)).toEqual([
      { refId: 'X', queryType: 'annotations', scorecard: 'corporate' },
    ]);
    expect(() => interpolateQuery({ ...anno, scorecard: '$missing' }, undefined, templates)).toThrow(
      'Scorecard "$missing" names a template variable this dashboard does not have'
    );
  });

  it('makes one funnel query per journey of a multi-value variable, with its breakdown interpolated', () => {
    const templates = fakeTemplateSrv({ journey: ['onboarding', 'checkout'], by: 'channel' });
    const funnel = {
      refId: 'F',
      queryType: 'funnel' as const,
      journey: '$journey',
      breakdown: '$by',
      compare: 'previous-period' as const,
    };
    expect(interpolateQuery(funnel, undefined, templates)).toEqual([
      { refId: 'F', queryType: 'funnel', journey: 'onboarding', breakdown: 'channel', compare: 'previous-period' },
      { refId: 'F', queryType: 'funnel', journey: 'checkout', breakdown: 'channel', compare: 'previous-period' },
    ]);
  });

  it('keeps a lineage query without a KPI and a catalog query as they are', () => {
    expect(interpolateQuery({ refId: 'A', queryType: 'lineage' }, undefined, templateSrv)).toEqual([
      { refId: 'A', queryType: 'lineage' },
    ]);
    expect(interpolateQuery({ refId: 'A', queryType: 'catalog' }, undefined, templateSrv)).toEqual([
      { refId: 'A', queryType: 'catalog' },
    ]);
  });
});
