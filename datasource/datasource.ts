import { lastValueFrom } from 'rxjs';
import {
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type MetricFindValue,
  type ScopedVars,
  type TestDataSourceResponse,
} from '@grafana/data';
import { getBackendSrv, getTemplateSrv, type TemplateSrv } from '@grafana/runtime';
import { type ComboboxOption } from '@grafana/ui';
import { kpiAnnotationSupport } from './annotations';
import { describeFetchError, statusOf } from './data/errors';
import { healthToTestResult } from './data/health';
import { interpolateQuery } from './data/interpolate';
import { QueryModelError } from './data/queryError';
import { migrateQuery } from './data/migrate';
import { listValues, toComboboxOptions } from './data/options';
import { chunks, isRunnable, MAX_QUERIES_PER_REQUEST, planQueries, type ServerQuery } from './data/request';
import { type QueryApiResponse, toQueryResponse } from './data/response';
import { toVariableQuery } from './data/variableQuery';
import {
  DEFAULT_QUERY,
  type HealthResponse,
  type KpiDataSourceOptions,
  type KpiQuery,
  type KpiVariableQuery,
  type VariableList,
} from './types';
import { KpiVariableSupport } from './variables';

const LIST_TTL_MS = 60_000;

export class KpiDataSource extends DataSourceApi<KpiQuery, KpiDataSourceOptions> {
  readonly baseUrl: string;
  private readonly lists = new Map<VariableList, { at: number; values: Promise<MetricFindValue[]> }>();

  constructor(
    instanceSettings: DataSourceInstanceSettings<KpiDataSourceOptions>,
    private readonly templateSrv: TemplateSrv = getTemplateSrv()
  ) {
    super(instanceSettings);
    // Grafana's proxy URL: the "api" route of plugin.json adds the server URL and the token.
    this.baseUrl = `${instanceSettings.url ?? ''}/api`;
    this.variables = new KpiVariableSupport(this);
    this.annotations = kpiAnnotationSupport;
  }

  override getDefaultQuery(): Partial<KpiQuery> {
    return DEFAULT_QUERY;
  }

  override filterQuery(query: KpiQuery): boolean {
    try {
      return !query.hide && isRunnable(migrateQuery(query));
    } catch {
      // Kept so that query() reports why it cannot run.
      return !query.hide;
    }
  }

  /** The query with template variables replaced: one query per value of a multi-value KPI or scorecard variable. */
  applyTemplateVariables(query: KpiQuery, scopedVars: ScopedVars): KpiQuery[] {
    return interpolateQuery(migrateQuery(query), scopedVars, this.templateSrv);
  }

  override interpolateVariablesInQueries(queries: KpiQuery[], scopedVars: ScopedVars): KpiQuery[] {
    return queries.flatMap((q) => {
      try {
        return this.applyTemplateVariables(q, scopedVars);
      } catch (err) {
        if (err instanceof QueryModelError) {
          return [q];
        }
        throw err;
      }
    });
  }

  async query(request: DataQueryRequest<KpiQuery>): Promise<DataQueryResponse> {
    const planned = planQueries(request, this.templateSrv);
    const range = { from: request.range.from.valueOf(), to: request.range.to.valueOf() };
    try {
      const answers = await Promise.all(
        chunks(planned.queries, MAX_QUERIES_PER_REQUEST).map((queries) => this.post(range, queries))
      );
      const results = Object.assign({}, ...answers.map((a) => a.results));
      const response = toQueryResponse({ results }, planned.sent);
      const errors = [...planned.errors, ...(response.errors ?? [])];
      return errors.length > 0 ? { data: response.data, errors } : response;
    } catch (err) {
      return { data: [], errors: [{ message: describeFetchError(err), status: statusOf(err) }, ...planned.errors] };
    }
  }

  override async metricFindQuery(query: KpiVariableQuery | string): Promise<MetricFindValue[]> {
    return this.listValues(toVariableQuery(query).variable);
  }

  /** Values of a list (KPIs, scorecards, segments, …) for pickers, fetched at most once a minute. */
  listValues(list: VariableList): Promise<MetricFindValue[]> {
    const cached = this.lists.get(list);
    if (cached && Date.now() - cached.at < LIST_TTL_MS) {
      return cached.values;
    }
    const values = this.fetchList(list);
    this.lists.set(list, { at: Date.now(), values });
    values.catch(() => this.lists.delete(list));
    return values;
  }

  async listOptions(list: VariableList): Promise<Array<ComboboxOption<string>>> {
    return toComboboxOptions(await this.listValues(list));
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

  private async fetchList(list: VariableList): Promise<MetricFindValue[]> {
    const now = Date.now();
    const query = { refId: 'list', queryType: 'variables' as const, variable: list };
    const body = await this.post({ from: now - 3_600_000, to: now }, [query]);
    const response = toQueryResponse(body, [{ sentRefId: 'list', refId: 'list' }]);
    const error = response.errors?.[0];
    if (error) {
      throw new Error(error.message);
    }
    return listValues(response.data);
  }

  private async post(range: { from: number; to: number }, queries: ServerQuery[]) {
    const res = await lastValueFrom(
      getBackendSrv().fetch<QueryApiResponse>({
        url: `${this.baseUrl}/v1/query`,
        method: 'POST',
        data: { ...range, queries },
        // The panel shows the error; no toast.
        showErrorAlert: false,
      })
    );
    return res.data;
  }
}
