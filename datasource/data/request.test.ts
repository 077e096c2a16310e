import { dataQueryRequest } from '../../tests/factories/dataQueryRequest';
import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { type KpiQuery } from '../types';
import { chunks, planQueries } from './request';

const request = (targets: KpiQuery[]) =>
  dataQueryRequest(targets, { interval: '1h', intervalMs: 3_600_000, maxDataPoints: 800 });

const templateSrv = fakeTemplateSrv({ kpi: ['a', 'b'], card: 'corp' });

describe('planQueries', () => {
  it('sends visible, finished queries with the panel interval and point budget', () => {
    const planned = planQueries(
      request([
        { refId: 'A', queryType: 'scorecard', scorecard: '$card' },
        { refId: 'B', queryType: 'kpi', kpi: '' },
        { refId: 'C', queryType: 'catalog', hide: true },
      ]),
      templateSrv
    );
    expect(planned.queries).toEqual([
      { refId: 'A', queryType: 'scorecard', scorecard: 'corp', intervalMs: 3_600_000, maxDataPoints: 800 },
    ]);
    expect(planned.sent).toEqual([{ sentRefId: 'A', refId: 'A' }]);
    expect(planned.errors).toEqual([]);
  });

  it('gives each value of a multi-value variable its own refId on the server and remembers where it came from', () => {
    const planned = planQueries(
      request([
        { refId: 'A', queryType: 'kpi', kpi: '$kpi' },
        { refId: 'A/1', queryType: 'catalog' },
      ]),
      templateSrv
    );
    expect(planned.queries.map((q) => [q.refId, 'kpi' in q ? q.kpi : q.queryType])).toEqual([
      ['A/1', 'a'],
      ['A/2', 'b'],
      ["A/1'", 'catalog'],
    ]);
    expect(planned.sent).toEqual([
      { sentRefId: 'A/1', refId: 'A', label: 'a' },
      { sentRefId: 'A/2', refId: 'A', label: 'b' },
      { sentRefId: "A/1'", refId: 'A/1' },
    ]);
  });

  it('reports a query that cannot be read or interpolated beside its refId and sends the others', () => {
    const planned = planQueries(
      request([
        { refId: 'A', queryType: 'kpi', kpi: '$nope' },
        { refId: 'B', queryType: 'catalog' },
      ]),
      templateSrv
    );
    expect(planned.errors).toEqual([
      { refId: 'A', message: 'KPI "$nope" names a template variable this dashboard does not have' },
    ]);
    expect(planned.queries.map((q) => q.refId)).toEqual(['B']);
  });

  it('leaves out a zero interval and point budget, as variable requests carry them', () => {
    const planned = planQueries(
      { ...request([{ refId: 'v', queryType: 'variables', variable: 'kpis' }]), intervalMs: 0, maxDataPoints: 0 },
      templateSrv
    );
    expect(planned.queries).toEqual([{ refId: 'v', queryType: 'variables', variable: 'kpis' }]);
  });
});

describe('chunks', () => {
  it('splits a list into runs of at most n', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 50)).toEqual([]);
  });
});
