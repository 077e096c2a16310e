export { FILTER_COLUMNS, isFilterColumn, type FilterColumn, type QueryFilter } from './columns';
export {
  queryDefinition,
  queryFilter,
  kpiQuery,
  scorecardQuery,
  funnelQuery,
  catalogQuery,
  versionsQuery,
  lineageQuery,
  annotationsQuery,
  variablesQuery,
  query,
} from './models';
export type {
  Query,
  QueryType,
  QueryInput,
  QueryModel,
  QueryDefinition,
  CommonQueryField,
  KpiQuery,
  ScorecardQuery,
  FunnelQuery,
  CatalogQuery,
  VersionsQuery,
  LineageQuery,
  AnnotationsQuery,
  VariablesQuery,
} from './models';
export { FUNNEL_FIELDS, TIME_TO_CONVERT_FIELDS, FUNNEL_FRAME_KINDS } from './funnel-frame';
export type { FunnelFrameMeta, FunnelStageKpi } from './funnel-frame';
