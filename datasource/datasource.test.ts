import { of, throwError } from 'rxjs';
import { dateTime, type DataQueryRequest, type DataSourceInstanceSettings, FieldType } from '@grafana/data';
import { type BackendSrv, type BackendSrvRequest, type FetchResponse, setBackendSrv } from '@grafana/runtime';
import pluginJson from './plugin.json';
import { KpiDataSource } from './datasource';
import { type KpiDataSourceOptions, type KpiQuery } from './types';

const settings = {
  id: 1,
  uid: 'kpi',
  type: pluginJson.id,
  name: 'KPI',
  url: '/api/datasources/proxy/uid/kpi',
  access: 'proxy',
  jsonData: { url: 'http://localhost:3100' },
  readOnly: false,
  meta: { id: pluginJson.id },
} as DataSourceInstanceSettings<KpiDataSourceOptions>;

function mockFetch(respond: (req: BackendSrvRequest) => ReturnType<BackendSrv['fetch']>) {
  const calls: BackendSrvRequest[] = [];
  const fetch = (req: BackendSrvRequest) => {
    calls.push(req);
    return respond(req);
  };
  setBackendSrv({ fetch } as BackendSrv);
  return calls;
}

function ok<T>(data: T) {
  const res: FetchResponse<T> = {
    data,
    status: 200,
    ok: true,
    statusText: 'OK',
    headers: new Headers(),
    redirected: false,
    type: 'basic',
    url: '',
    config: { url: '' },
  };
  return of(res);
}

describe('KpiDataSource', () => {
  it('tests the connection through the proxy route and reports version, store and role', async () => {
    const calls = mockFetch(() => ok({ status: 'ok', version: '0.1.0', store: { kind: 'postgres' }, role: 'viewer' }));
    const result = await new KpiDataSource(settings).testDatasource();
    expect(calls[0]?.url).toBe('/api/datasources/proxy/uid/kpi/api/health');
    expect(result).toEqual({
      status: 'success',
      message: 'Connected to KPI server 0.1.0 (store: postgres) with role viewer',
    });
  });

  it('reports a rejected token readably', async () => {
    mockFetch(() => throwError(() => ({ status: 401, data: { error: { message: 'invalid bearer token' } } })));
    const result = await new KpiDataSource(settings).testDatasource();
    expect(result).toEqual({
      status: 'error',
      message: 'The KPI server rejected the API token (401): invalid bearer token',
    });
  });

  it('posts visible queries with the time range to /api/v1/query and returns frames', async () => {
    const frame = {
      schema: {
        fields: [
          { name: 'time', type: FieldType.time },
          { name: 'x', type: FieldType.number },
        ],
      },
      data: { values: [[1], [2]] },
    };
    const calls = mockFetch(() => ok({ results: { A: { frames: [frame] } } }));
    const request = {
      range: { from: dateTime(1000), to: dateTime(2000) },
      intervalMs: 60000,
      maxDataPoints: 500,
      targets: [
        { refId: 'A', queryType: 'kpi', kpi: 'x' },
        { refId: 'B', queryType: 'catalog', hide: true },
      ],
    } as DataQueryRequest<KpiQuery>;
    const res = await new KpiDataSource(settings).query(request);
    expect(calls[0]).toMatchObject({ url: '/api/datasources/proxy/uid/kpi/api/v1/query', method: 'POST' });
    expect(calls[0]?.data).toEqual({
      from: 1000,
      to: 2000,
      queries: [{ refId: 'A', queryType: 'kpi', kpi: 'x', intervalMs: 60000, maxDataPoints: 500 }],
    });
    expect(res.data[0].fields[1].values).toEqual([2]);
  });

  it('turns a failed query request into a readable error', async () => {
    mockFetch(() => throwError(() => ({ status: 423, data: { error: { message: 'frozen until 2026-12-01' } } })));
    const request = {
      range: { from: dateTime(1000), to: dateTime(2000) },
      targets: [{ refId: 'A', queryType: 'catalog' }],
    } as DataQueryRequest<KpiQuery>;
    const res = await new KpiDataSource(settings).query(request);
    expect(res.data).toEqual([]);
    expect(res.errors).toEqual([{ message: 'KPI server error 423: frozen until 2026-12-01' }]);
  });
});
