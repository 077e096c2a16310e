import { type DataQuery, type DataSourceJsonData } from '@grafana/schema';

export type DefinitionMode = 'effective' | 'current' | { version: number } | { asOf: string };

/** Event columns a `kpi` query can be restricted to or broken down by. */
export const DIMENSIONS = ['segment', 'channel', 'region'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Dimension → wanted values (template variables until the query runs); the server rejects other columns. */
export type QueryFilter = Record<string, string[]>;

export interface KpiSeriesQuery {
  queryType: 'kpi';
  kpi: string;
  /** Bucket width such as '1d'; empty: from the panel's interval and width. */
  interval?: string;
  /** A canonical event column to split by, such as segment. */
  breakdown?: string;
  filter?: QueryFilter;
  definition?: DefinitionMode;
  /** Display name of the series instead of the KPI's name. */
  alias?: string;
}
/** The latest complete reporting period ending by the range's end, or the running one (partial). */
export type ScorecardPeriod = 'complete' | 'to-date';
export interface ScorecardQuery {
  queryType: 'scorecard';
  scorecard: string;
  /** Ignored by the server since trends have one point per reporting period. */
  interval?: string;
  period?: ScorecardPeriod;
  definition?: DefinitionMode;
}
export interface FunnelQuery {
  queryType: 'funnel';
  journey: string;
  breakdown?: string;
  compare?: 'previous-period';
}
export interface CatalogQuery {
  queryType: 'catalog';
}
export interface VersionsQuery {
  queryType: 'versions';
  kpi: string;
}
export interface LineageQuery {
  queryType: 'lineage';
  kpi?: string;
}

export const ANNOTATION_KINDS = ['definition-changes', 'freeze-windows', 'check-ins'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export interface AnnotationsQuery {
  queryType: 'annotations';
  /** KPI ids (or template variables); empty: every KPI. */
  kpis?: string[];
  include?: AnnotationKind[];
}

export const VARIABLE_LISTS = [
  'kpis',
  'scorecards',
  'journeys',
  'segments',
  'perspectives',
  'channels',
  'regions',
] as const;
export type VariableList = (typeof VARIABLE_LISTS)[number];
export interface VariablesQuery {
  queryType: 'variables';
  variable: VariableList;
}

/** The query models of docs/datasource.md plus the annotation and variable queries, discriminated by queryType. */
export type KpiQueryModel =
  | KpiSeriesQuery
  | ScorecardQuery
  | FunnelQuery
  | CatalogQuery
  | VersionsQuery
  | LineageQuery
  | AnnotationsQuery
  | VariablesQuery;
export type KpiQuery = DataQuery & KpiQueryModel;
export type QueryType = KpiQueryModel['queryType'];
export type QueryOf<T extends QueryType> = DataQuery & Extract<KpiQueryModel, { queryType: T }>;
export type KpiVariableQuery = QueryOf<'variables'>;
/** A query variable's query as Grafana hands it back: without a list yet, or as an older version saved it. */
export interface SavedVariableQuery extends DataQuery {
  variable?: string;
  query?: string;
}

export const DEFAULT_QUERY: Partial<KpiQuery> = { queryType: 'catalog' };

export interface KpiDataSourceOptions extends DataSourceJsonData {
  /** URL of the KPI server as Grafana's backend reaches it, e.g. http://scorecard-server:3100. */
  url?: string;
}

export interface KpiSecureJsonData {
  token?: string;
}

/** Without a token the server sends only `status`; version, store and role need one. */
export interface HealthResponse {
  status: string;
  version?: string;
  store?: { kind: string; state?: string };
  role?: string;
}
