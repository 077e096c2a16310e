import { type DataQuery } from '@grafana/schema';
import { migrateDefinition, migrateQuery } from './migrate';

// Saved JSON may hold any fields: the generic keeps them without excess-property checks.
const saved = <T extends DataQuery>(query: T): T => query;

describe('migrateQuery', () => {
  it('leaves a current query as it is', () => {
    const query = {
      refId: 'A',
      queryType: 'kpi',
      kpi: 'customer.nps',
      interval: '1d',
      breakdown: 'segment',
      filter: { segment: ['smb'] },
      definition: { version: 2 },
      alias: 'NPS',
    };
    expect(migrateQuery(query)).toEqual(query);
  });

  it('infers the type of queries saved without one, from the fields they have', () => {
    expect(migrateQuery(saved({ refId: 'A', kpi: 'x' }))).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'x' });
    expect(migrateQuery(saved({ refId: 'B', scorecardId: 'corp' }))).toEqual({
      refId: 'B',
      queryType: 'scorecard',
      scorecard: 'corp',
    });
    expect(migrateQuery(saved({ refId: 'C' }))).toEqual({ refId: 'C', queryType: 'catalog' });
    expect(migrateQuery(saved({ refId: 'D', queryType: 'bogus', kpi: 'y' }))).toMatchObject({
      queryType: 'kpi',
      kpi: 'y',
    });
  });

  it('renames old fields and moves a top-level segment into the filter', () => {
    expect(migrateQuery(saved({ refId: 'A', queryType: 'kpi', kpiId: 'x', segment: 'smb', interval: 'auto' }))).toEqual(
      {
        refId: 'A',
        queryType: 'kpi',
        kpi: 'x',
        filter: { segment: ['smb'] },
      }
    );
    expect(
      migrateQuery(saved({ refId: 'A', queryType: 'kpi', kpi: 'x', segments: ['a', 'b'], filter: { channel: 'web' } }))
    ).toMatchObject({ filter: { segment: ['a', 'b'], channel: ['web'] } });
  });

  it('drops empty settings but keeps fields it does not know', () => {
    const migrated = migrateQuery(
      saved({
        refId: 'A',
        queryType: 'kpi',
        kpi: 'x',
        breakdown: 'none',
        alias: '',
        hide: true,
        custom: 7,
      })
    );
    expect(migrated).toEqual({ refId: 'A', queryType: 'kpi', kpi: 'x', hide: true, custom: 7 });
  });

  it('keeps an empty list of annotation kinds and rejects unknown kinds', () => {
    expect(migrateQuery(saved({ refId: 'A', queryType: 'annotations', include: [] }))).toEqual({
      refId: 'A',
      queryType: 'annotations',
      include: [],
    });
    expect(() => migrateQuery(saved({ refId: 'A', queryType: 'annotations', include: ['alerts'] }))).toThrow(
      '"alerts" is not an annotation kind: use definition-changes, freeze-windows, check-ins'
    );
  });

  it('reads a decision-latency query: kpi grouping is the default and left out, blanks dropped', () => {
    expect(
      migrateQuery(
        saved({ refId: 'L', queryType: 'decision-latency', groupBy: 'owner', kpi: ' customer.nps ', owner: 'Dana' })
      )
    ).toEqual({ refId: 'L', queryType: 'decision-latency', groupBy: 'owner', kpi: 'customer.nps', owner: 'Dana' });
    expect(
      migrateQuery(saved({ refId: 'L', queryType: 'decision-latency', groupBy: 'kpi', kpi: '', owner: '' }))
    ).toEqual({ refId: 'L', queryType: 'decision-latency' });
    expect(() => migrateQuery(saved({ refId: 'L', queryType: 'decision-latency', groupBy: 'policy' }))).toThrow(
      '"policy" is not a grouping: use kpi or owner'
    );
  });

  it('reads escalations among the annotation kinds, and the scorecard and journey of an annotation query', () => {
    expect(
      migrateQuery(
        saved({
          refId: 'Anno',
          queryType: 'annotations',
          include: ['escalations'],
          scorecard: 'corporate',
          journey: '',
        })
      )
    ).toEqual({ refId: 'Anno', queryType: 'annotations', include: ['escalations'], scorecard: 'corporate' });
  });

  it('reads a funnel query with its comparison, breakdown, definition and interval', () => {
    expect(
      migrateQuery(
        saved({
          refId: 'A',
          journey: 'onboarding',
          breakdown: 'none',
          compare: true,
          definition: 'v2',
          interval: 'auto',
        })
      )
    ).toEqual({
      refId: 'A',
      queryType: 'funnel',
      journey: 'onboarding',
      compare: 'previous-period',
      definition: { version: 2 },
    });
    expect(
      migrateQuery(
        saved({
          refId: 'B',
          queryType: 'funnel',
          journey: 'checkout',
          breakdown: 'channel',
          compare: '',
          interval: '1d',
        })
      )
    ).toEqual({ refId: 'B', queryType: 'funnel', journey: 'checkout', breakdown: 'channel', interval: '1d' });
    expect(() =>
      migrateQuery(saved({ refId: 'C', queryType: 'funnel', journey: 'checkout', compare: 'last-year' }))
    ).toThrow('"last-year" is not a comparison: use previous-period or leave compare out');
  });

  it('rejects a variable query for a list there is not', () => {
    expect(() => migrateQuery(saved({ refId: 'A', queryType: 'variables', variable: 'owners' }))).toThrow(
      /"owners" is not a list the KPI datasource offers: use one of kpis, scorecards/
    );
  });
});

describe('migrateDefinition', () => {
  it.each([
    ['effective', 'effective'],
    ['latest', 'current'],
    ['v3', { version: 3 }],
    ['version: 4', { version: 4 }],
    [5, { version: 5 }],
    [{ version: '6' }, { version: 6 }],
    ['2026-01-31', { asOf: '2026-01-31' }],
    [{ asOf: 0 }, { asOf: '1970-01-01T00:00:00.000Z' }],
    ['1767225600000', { asOf: '2026-01-01T00:00:00.000Z' }],
    ['$asof', { asOf: '$asof' }],
    ['', undefined],
    [0, undefined],
    [{ version: -1 }, undefined],
  ])('reads %j as %j', (saved, expected) => {
    expect(migrateDefinition(saved)).toEqual(expected);
  });
});
