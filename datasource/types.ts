import { type DataQuery, type DataSourceJsonData } from '@grafana/schema';
import type { FilterColumn, QueryDefinition, QueryModel } from '../core/query';

// The query models are core's zod schemas (DESIGN §6), imported as types only so zod stays out of the bundle.

/** Compiles to Listed only when the list names every value the contract has; otherwise to never. */
type Complete<All, Listed extends All> = [Exclude<All, Listed>] extends [never] ? Listed : never;

export type DefinitionMode = QueryDefinition;

/** Event columns a `kpi` query can be restricted to or broken down by. */
export const DIMENSIONS = ['segment', 'channel', 'region'] as const satisfies readonly FilterColumn[];
export type Dimension = Complete<FilterColumn, (typeof DIMENSIONS)[number]>;
/** Dimension → wanted values (template variables until the query runs); the server rejects other columns. */
export type QueryFilter = Record<string, string[]>;

export type KpiSeriesQuery = Omit<QueryModel<'kpi'>, 'filter'> & { filter?: QueryFilter };
export type ScorecardQuery = QueryModel<'scorecard'>;
/** The latest complete reporting period ending by the range's end, or the running one (partial). */
export type ScorecardPeriod = NonNullable<ScorecardQuery['period']>;
export type FunnelQuery = QueryModel<'funnel'>;
export type CatalogQuery = QueryModel<'catalog'>;
export type VersionsQuery = QueryModel<'versions'>;
export type LineageQuery = QueryModel<'lineage'>;
export type DecisionLatencyQuery = QueryModel<'decision-latency'>;
/** Rows per KPI or per owner. */
export type LatencyGroupBy = NonNullable<DecisionLatencyQuery['groupBy']>;

type ContractAnnotationKind = NonNullable<QueryModel<'annotations'>['include']>[number];
export const ANNOTATION_KINDS = [
  'definition-changes',
  'freeze-windows',
  'check-ins',
  'escalations',
] as const satisfies readonly ContractAnnotationKind[];
export type AnnotationKind = Complete<ContractAnnotationKind, (typeof ANNOTATION_KINDS)[number]>;
/** What the server shows when a query names no kinds: escalations are asked for by name. */
export const DEFAULT_ANNOTATION_KINDS: readonly AnnotationKind[] = [
  'definition-changes',
  'freeze-windows',
  'check-ins',
];
/** `kpis`: KPI ids (or template variables); empty: every KPI. */
export type AnnotationsQuery = QueryModel<'annotations'>;

export const VARIABLE_LISTS = [
  'kpis',
  'scorecards',
  'journeys',
  'segments',
  'perspectives',
  'channels',
  'regions',
] as const satisfies ReadonlyArray<QueryModel<'variables'>['variable']>;
export type VariableList = Complete<QueryModel<'variables'>['variable'], (typeof VARIABLE_LISTS)[number]>;
export type VariablesQuery = QueryModel<'variables'>;

/** The query models of docs/datasource.md plus the annotation and variable queries, discriminated by queryType. */
export type KpiQueryModel =
  | KpiSeriesQuery
  | ScorecardQuery
  | FunnelQuery
  | CatalogQuery
  | VersionsQuery
  | LineageQuery
  | DecisionLatencyQuery
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
