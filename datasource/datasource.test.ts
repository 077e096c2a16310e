import { lastValueFrom, throwError } from 'rxjs';
import { FieldType, type DataFrameJSON } from '@grafana/data';
import { type BackendSrv, type BackendSrvRequest, setBackendSrv } from '@grafana/runtime';
import { fakeTemplateSrv } from '../tests/factories/templateSrv';
import { dataQueryRequest } from '../tests/factories/dataQueryRequest';
import { fetchAnswer, kpiSettings, textValueFrame } from '../tests/factories/kpiDatasource';
import { KpiDataSource } from './datasource';
import { KpiVariableSupport } from './variables';
import { type KpiQuery, type KpiVariableQuery } from './types';

const settings = kpiSettings;

type Answer = (req: BackendSrvRequest) => ReturnType<BackendSrv['fetch']>;

function mockFetch(respond: Answer) {
  const calls: BackendSrvRequest[] = [];
  const fetch = (req: BackendSrvRequest) => {
    calls.push(req);
    return respond(req);
  };
  setBackendSrv({ fetch } as BackendSrv);
  return calls;
}

const ok = fetchAnswer;

interface SentBody {
  from: number;
  to: number;
  queries: Array<KpiQuery & { intervalMs?: number }>;
}
const sentBody = (req: BackendSrvRequest | undefined): SentBody => {
  const data: unknown = req?.data;
  if (typeof data !== 'object' || data === null || !('queries' in data) || !Array.isArray(data.queries)) {
    throw new Error('no query body was sent');
  }
  return { from: Number(Reflect.get(data, 'from')), to: Number(Reflect.get(data, 'to')), queries: data.queries };
};

const series = (name: string, values: number[]): DataFrameJSON => ({
  schema: {
    name,
    fields: [
      { name: 'time', type: FieldType.time },
      { name, type: FieldType.number },
    ],
  },
  data: { values: [values.map((_, i) => i * 1000), values] },
});

// The server answers each kpi query with a series named after its KPI, the way /api/v1/query does.
const echoKpis: Answer = (req) =>
  ok({
    results: Object.fromEntries(
      sentBody(req).queries.map((q) => [
        q.refId,
        { frames: [series('kpi' in q ? (q.kpi ?? '') : q.queryType, [1, 2])] },
      ])
    ),
  });

const request = dataQueryRequest;

const templateSrv = fakeTemplateSrv({ kpi: ['customer.nps', 'customer.csat'], segment: 'smb' });

describe('KpiDataSource', () => {
  it('tests the connection through the proxy route and reports version, store and role', async () => {
    const calls = mockFetch(() => ok({ status: 'ok', version: '0.1.0', store: { kind: 'postgres' }, role: 'viewer' }));
    const result = await new KpiDataSource(settings, templateSrv).testDatasource();
    expect(calls[0]?.url).toBe('/api/datasources/proxy/uid/kpi/api/health');
    expect(result).toEqual({
      status: 'success',
      message: 'Connected to KPI server 0.1.0 (store: postgres) with role viewer',
    });
  });

  it('reports a rejected token readably', async () => {
    mockFetch(() => throwError(() => ({ status: 401, data: { error: { message: 'invalid bearer token' } } })));
    const result = await new KpiDataSource(settings, templateSrv).testDatasource();
    expect(result).toEqual({
      status: 'error',
      message:
        'The KPI server rejected the API token (401): invalid bearer token. Check the token in the datasource settings',
    });
  });

  it('posts visible, interpolated queries with the range, interval and point budget, and returns their frames', async () => {
    const calls = mockFetch(echoKpis);
    const res = await new KpiDataSource(settings, templateSrv).query(
      request<KpiQuery>([
        { refId: 'A', queryType: 'kpi', kpi: '$kpi', filter: { segment: ['$segment'] } },
        { refId: 'B', queryType: 'catalog', hide: true },
        { refId: 'C', queryType: 'kpi', kpi: '' },
      ])
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: '/api/datasources/proxy/uid/kpi/api/v1/query', method: 'POST' });
    expect(sentBody(calls[0])).toEqual({
      from: 1000,
      to: 2000,
      queries: ['customer.nps', 'customer.csat'].map((kpi, i) => ({
        refId: `A/${i + 1}`,
        queryType: 'kpi',
        kpi,
        filter: { segment: ['smb'] },
        intervalMs: 60_000,
        maxDataPoints: 500,
      })),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.map((f) => [f.refId, f.name])).toEqual([
      ['A', 'customer.nps'],
      ['A', 'customer.csat'],
    ]);
  });

  it('sends more queries than the server takes at once in several requests', async () => {
    const many = fakeTemplateSrv({ kpi: Array.from({ length: 120 }, (_, i) => `k${i}`) });
    const calls = mockFetch(echoKpis);
    const res = await new KpiDataSource(settings, many).query(
      request<KpiQuery>([{ refId: 'A', queryType: 'versions', kpi: '$kpi' }])
    );
    expect(calls.map((c) => sentBody(c).queries.length)).toEqual([50, 50, 20]);
    expect(res.data).toHaveLength(120);
  });

  it('does not call the server when no query is ready', async () => {
    const calls = mockFetch(echoKpis);
    const res = await new KpiDataSource(settings, templateSrv).query(
      request<KpiQuery>([{ refId: 'A', queryType: 'kpi', kpi: ' ' }])
    );
    expect(calls).toHaveLength(0);
    expect(res).toEqual({ data: [] });
  });

  it('shows per-query server errors and interpolation errors beside their refId', async () => {
    mockFetch(() =>
      ok({
        results: {
          A: { error: 'KPI nope is not in the registry', status: 404 },
          B: { frames: [series('catalog', [1])] },
        },
      })
    );
    const res = await new KpiDataSource(settings, templateSrv).query(
      request<KpiQuery>([
        { refId: 'A', queryType: 'versions', kpi: 'nope' },
        { refId: 'B', queryType: 'catalog' },
        { refId: 'C', queryType: 'kpi', kpi: '$undefinedVariable' },
      ])
    );
    expect(res.data).toHaveLength(1);
    expect(res.errors).toEqual([
      { refId: 'C', message: 'KPI "$undefinedVariable" names a template variable this dashboard does not have' },
      { refId: 'A', status: 404, message: 'Not found (404): KPI nope is not in the registry' },
    ]);
  });

  it('turns a failed request into one readable error with its status', async () => {
    mockFetch(() =>
      throwError(() => ({
        status: 400,
        data: { error: { message: 'the time range is longer than 5 years; narrow it', path: 'body.from' } },
      }))
    );
    const res = await new KpiDataSource(settings, templateSrv).query(
      request<KpiQuery>([{ refId: 'A', queryType: 'catalog' }])
    );
    expect(res.data).toEqual([]);
    expect(res.errors).toEqual([
      { status: 400, message: 'Invalid query (400): the time range is longer than 5 years; narrow it (at body.from)' },
    ]);
  });

  it('runs variable queries into text/value frames; metricFindQuery takes a bare list name', async () => {
    const calls = mockFetch((req) =>
      ok({
        results: Object.fromEntries(
          sentBody(req).queries.map((q) => [q.refId, { frames: [textValueFrame([['smb', 'smb']])] }])
        ),
      })
    );
    const ds = new KpiDataSource(settings, templateSrv);
    const variables = ds.variables;
    if (!(variables instanceof KpiVariableSupport)) {
      throw new Error('the datasource has no custom variable support');
    }
    const saved: KpiVariableQuery = { refId: 'segmentVar', queryType: 'variables', variable: 'segments' };
    const res = await lastValueFrom(variables.query(request([saved])));
    expect(sentBody(calls[0]).queries).toEqual([{ ...saved, intervalMs: 60_000, maxDataPoints: 500 }]);
    expect(res.data[0].fields.map((f: { values: unknown[] }) => f.values)).toEqual([['smb'], ['smb']]);
    expect(await ds.metricFindQuery('segments')).toEqual([{ text: 'smb', value: 'smb' }]);
  });

  it('fetches picker lists once a minute at most', async () => {
    const calls = mockFetch(() =>
      ok({
        results: {
          list: { frames: [textValueFrame([['Net Promoter Score', 'customer.nps']])] },
        },
      })
    );
    const ds = new KpiDataSource(settings, templateSrv);
    expect(await ds.listOptions('kpis')).toEqual([
      { value: 'customer.nps', label: 'Net Promoter Score (customer.nps)' },
    ]);
    await ds.listOptions('kpis');
    expect(calls).toHaveLength(1);
    expect(sentBody(calls[0]).queries).toEqual([{ refId: 'list', queryType: 'variables', variable: 'kpis' }]);
  });

  it('prepares annotation queries from saved annotations and interpolates their KPIs', async () => {
    const calls = mockFetch(echoKpis);
    const ds = new KpiDataSource(settings, templateSrv);
    const annotations = ds.annotations;
    const saved = annotations?.prepareAnnotation?.({
      name: 'Changes',
      enable: true,
      iconColor: 'red',
      target: { refId: 'Anno', queryType: 'annotations', kpis: ['$kpi'], include: ['definition-changes'] },
    });
    const target = saved && annotations?.prepareQuery?.(saved);
    if (!target) {
      throw new Error('no annotation query was prepared');
    }
    await ds.query(request([target]));
    expect(sentBody(calls[0]).queries[0]).toMatchObject({
      queryType: 'annotations',
      kpis: ['customer.nps', 'customer.csat'],
      include: ['definition-changes'],
    });
  });
});
