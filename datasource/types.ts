import { type DataQuery, type DataSourceJsonData } from '@grafana/schema';

export type DefinitionMode = 'effective' | 'current' | { version: number } | { asOf: string };

interface KpiSeriesQuery {
  queryType: 'kpi';
  kpi: string;
  interval?: string;
  breakdown?: string;
  definition?: DefinitionMode;
}
interface ScorecardQuery {
  queryType: 'scorecard';
  scorecard: string;
}
interface FunnelQuery {
  queryType: 'funnel';
  journey: string;
  breakdown?: string;
  compare?: 'previous-period';
}
interface CatalogQuery {
  queryType: 'catalog';
}
interface VersionsQuery {
  queryType: 'versions';
  kpi: string;
}
interface LineageQuery {
  queryType: 'lineage';
  kpi?: string;
}

/** The query models of DESIGN §6, discriminated by queryType. */
export type KpiQueryModel = KpiSeriesQuery | ScorecardQuery | FunnelQuery | CatalogQuery | VersionsQuery | LineageQuery;
export type KpiQuery = DataQuery & KpiQueryModel;
export type QueryType = KpiQueryModel['queryType'];

export const DEFAULT_QUERY: Partial<KpiQuery> = { queryType: 'catalog' };

export interface KpiDataSourceOptions extends DataSourceJsonData {
  /** URL of the KPI server as Grafana's backend reaches it, e.g. http://scorecard-server:3100. */
  url?: string;
}

export interface KpiSecureJsonData {
  token?: string;
}

export interface HealthResponse {
  status: string;
  version: string;
  store: { kind: string; location?: string };
  role?: string;
}
