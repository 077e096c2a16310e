import { lastValueFrom } from 'rxjs';
import {
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type TestDataSourceResponse,
} from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { describeFetchError, healthToTestResult } from './data/health';
import { toQueryResponse, type QueryApiResponse } from './data/response';
import { DEFAULT_QUERY, type HealthResponse, type KpiDataSourceOptions, type KpiQuery } from './types';

export class KpiDataSource extends DataSourceApi<KpiQuery, KpiDataSourceOptions> {
  readonly baseUrl: string;

  constructor(instanceSettings: DataSourceInstanceSettings<KpiDataSourceOptions>) {
    super(instanceSettings);
    // Grafana's proxy URL: the "api" route of plugin.json adds the server URL and the token.
    this.baseUrl = `${instanceSettings.url ?? ''}/api`;
  }

  override getDefaultQuery(): Partial<KpiQuery> {
    return DEFAULT_QUERY;
  }

  async query(request: DataQueryRequest<KpiQuery>): Promise<DataQueryResponse> {
    const queries = request.targets.filter((t) => !t.hide);
    if (queries.length === 0) {
      return { data: [] };
    }
    // The server picks bucket sizes from Grafana's interval and point budget unless a query sets its own.
    const sized = queries.map((q) => ({ ...q, intervalMs: request.intervalMs, maxDataPoints: request.maxDataPoints }));
    const body = { from: request.range.from.valueOf(), to: request.range.to.valueOf(), queries: sized };
    try {
      const res = await lastValueFrom(
        getBackendSrv().fetch<QueryApiResponse>({ url: `${this.baseUrl}/v1/query`, method: 'POST', data: body })
      );
      return toQueryResponse(
        res.data,
        queries.map((q) => q.refId)
      );
    } catch (err) {
      return { data: [], errors: [{ message: describeFetchError(err) }] };
    }
  }

  override async testDatasource(): Promise<TestDataSourceResponse> {
    try {
      const res = await lastValueFrom(
        getBackendSrv().fetch<HealthResponse>({ url: `${this.baseUrl}/health`, method: 'GET', showErrorAlert: false })
      );
      return healthToTestResult(res.data);
    } catch (err) {
      return { status: 'error', message: describeFetchError(err) };
    }
  }
}
