// A KpiDataSource whose backend answers variables queries from fixed lists, for editor tests.
import { of } from 'rxjs';
import { type DataFrameJSON, type DataSourceInstanceSettings, FieldType, PluginType } from '@grafana/data';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type FetchResponse,
  setBackendSrv,
  type TemplateSrv,
} from '@grafana/runtime';
import { KpiDataSource } from '../../datasource/datasource';
import { type KpiDataSourceOptions } from '../../datasource/types';
import pluginJson from '../../datasource/plugin.json';

export const LISTS: Record<string, Array<[string, string]>> = {
  kpis: [
    ['Net Promoter Score', 'customer.nps'],
    ['Customer satisfaction', 'customer.csat'],
  ],
  scorecards: [['Corporate scorecard', 'corporate']],
  segments: [
    ['smb', 'smb'],
    ['enterprise', 'enterprise'],
  ],
  channels: [['web', 'web']],
  regions: [['emea', 'emea']],
};

export const kpiSettings: DataSourceInstanceSettings<KpiDataSourceOptions> = {
  id: 1,
  uid: 'kpi',
  type: pluginJson.id,
  name: 'KPI',
  url: '/api/datasources/proxy/uid/kpi',
  access: 'proxy',
  jsonData: { url: 'http://localhost:3100' },
  readOnly: false,
  meta: {
    id: pluginJson.id,
    name: pluginJson.name,
    type: PluginType.datasource,
    module: '',
    baseUrl: '',
    info: {
      author: { name: '' },
      description: '',
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      updated: '',
      version: '',
    },
  },
};

/** What BackendSrv.fetch emits for a 200 answer with this body. */
export function fetchAnswer<T>(data: T): ReturnType<BackendSrv['fetch']> {
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

/** A variables frame as the server answers it: text and value per [text, value] row. */
export function textValueFrame(rows: Array<[string, string]>): DataFrameJSON {
  return {
    schema: {
      fields: [
        { name: 'text', type: FieldType.string },
        { name: 'value', type: FieldType.string },
      ],
    },
    data: { values: [rows.map((r) => r[0]), rows.map((r) => r[1])] },
  };
}

function variableOf(req: BackendSrvRequest): string {
  const queries: unknown = typeof req.data === 'object' && req.data !== null ? Reflect.get(req.data, 'queries') : [];
  const first: unknown = Array.isArray(queries) ? queries[0] : undefined;
  return typeof first === 'object' && first !== null ? String(Reflect.get(first, 'variable')) : '';
}

/** The datasource with a backend that lists LISTS; every request is recorded. */
export function kpiDatasource(templateSrv: TemplateSrv): { datasource: KpiDataSource; requests: BackendSrvRequest[] } {
  const requests: BackendSrvRequest[] = [];
  const fetch = (req: BackendSrvRequest) => {
    requests.push(req);
    return fetchAnswer({ results: { list: { frames: [textValueFrame(LISTS[variableOf(req)] ?? [])] } } });
  };
  setBackendSrv({ fetch } as BackendSrv);
  return { datasource: new KpiDataSource(kpiSettings, templateSrv), requests };
}
