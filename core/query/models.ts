import { z } from 'zod';
import { resourceId } from '../schema/common';
import { FILTER_COLUMNS, isFilterColumn, type QueryFilter } from './columns';

/** Which definition version computes the values: in force at each point, today's, one version, or as of a time. */
export const queryDefinition = z.union([
  z.literal('effective'),
  z.literal('current'),
  z.strictObject({ version: z.number().int().positive() }),
  z.strictObject({ asOf: z.string().min(1) }),
]);
const filterValues = z.union([
  z.string(),
  z.array(z.string()).min(1, 'an empty list matches nothing: give at least one value or leave the column out'),
]);
export const queryFilter = z.record(z.string(), filterValues).transform((given, ctx): QueryFilter => {
  const known: QueryFilter = {};
  for (const [column, values] of Object.entries(given)) {
    if (isFilterColumn(column)) {
      known[column] = values;
    } else {
      ctx.addIssue({
        code: 'custom',
        path: [column],
        message: `cannot filter on "${column}": use ${FILTER_COLUMNS.join(', ')}`,
        input: given,
      });
    }
  }
  return known;
});
/** What Grafana puts on every query beside its model. */
const common = {
  refId: z.string().min(1).max(64),
  hide: z.boolean().optional(),
  datasource: z.unknown().optional(),
  intervalMs: z.number().positive().optional(),
  maxDataPoints: z.number().int().positive().optional(),
  key: z.string().optional(),
};
export type CommonQueryField = keyof typeof common;

export const kpiQuery = z.object({
  ...common,
  queryType: z.literal('kpi'),
  kpi: resourceId,
  /** '1d', '1w'…, or "period": one point per reporting period of the KPI (calendar, in the organisation's zone). */
  interval: z.string().optional(),
  breakdown: z.string().optional(),
  filter: queryFilter.optional(),
  definition: queryDefinition.optional(),
  alias: z.string().optional(),
});
export const scorecardQuery = z.object({
  ...common,
  queryType: z.literal('scorecard'),
  scorecard: resourceId,
  /** Ignored since trends have one point per reporting period; kept so saved queries stay valid. */
  interval: z.string().optional(),
  definition: queryDefinition.optional(),
  /** The latest complete period ending by the range's end (default), or the running one, flagged partial. */
  period: z.enum(['complete', 'to-date']).optional(),
});
export const funnelQuery = z.object({
  ...common,
  queryType: z.literal('funnel'),
  journey: resourceId,
  /** An event column (segment, channel, region, stage, event …); the server checks the journey's source has it. */
  breakdown: z.string().min(1, 'name a column to break down by, or leave breakdown out').optional(),
  compare: z.literal('previous-period', 'compare can only be "previous-period"').optional(),
  definition: queryDefinition.optional(),
  /** Bucket width of conversion over time, such as 1d. */
  interval: z.string().optional(),
});
export const catalogQuery = z.object({ ...common, queryType: z.literal('catalog') });
export const versionsQuery = z.object({ ...common, queryType: z.literal('versions'), kpi: resourceId });
export const lineageQuery = z.object({ ...common, queryType: z.literal('lineage'), kpi: resourceId.optional() });
export const ANNOTATION_INCLUDES = ['definition-changes', 'freeze-windows', 'check-ins', 'escalations'] as const;
export const annotationsQuery = z.object({
  ...common,
  queryType: z.literal('annotations'),
  kpis: z.array(resourceId).optional(),
  /** The KPIs of this scorecard, with those of `kpis` and `journey`. */
  scorecard: resourceId.optional(),
  /** The KPIs mapped to this journey's stages, with those of `kpis` and `scorecard`. */
  journey: resourceId.optional(),
  /** Without it: every kind but escalations, which are asked for by name. */
  include: z.array(z.enum(ANNOTATION_INCLUDES)).optional(),
});
/** Escalations opened within the range, with breach → acknowledge → resolve latencies per KPI or owner. */
export const decisionLatencyQuery = z.object({
  ...common,
  queryType: z.literal('decision-latency'),
  groupBy: z.enum(['kpi', 'owner'], 'groupBy is "kpi" or "owner"').optional(),
  kpi: resourceId.optional(),
  owner: z.string().min(1, 'name an owner, or leave owner out').optional(),
});
export const variablesQuery = z.object({
  ...common,
  queryType: z.literal('variables'),
  variable: z.enum(['kpis', 'scorecards', 'journeys', 'segments', 'perspectives', 'channels', 'regions']),
});

/** Every query the KPI server answers, discriminated by queryType (DESIGN §6). */
export const query = z.discriminatedUnion('queryType', [
  kpiQuery,
  scorecardQuery,
  funnelQuery,
  catalogQuery,
  versionsQuery,
  lineageQuery,
  annotationsQuery,
  variablesQuery,
  decisionLatencyQuery,
]);

/** A query as the server reads it (filters keep only known columns). */
export type Query = z.infer<typeof query>;
export type KpiQuery = z.infer<typeof kpiQuery>;
export type ScorecardQuery = z.infer<typeof scorecardQuery>;
export type FunnelQuery = z.infer<typeof funnelQuery>;
export type CatalogQuery = z.infer<typeof catalogQuery>;
export type VersionsQuery = z.infer<typeof versionsQuery>;
export type LineageQuery = z.infer<typeof lineageQuery>;
export type AnnotationsQuery = z.infer<typeof annotationsQuery>;
export type VariablesQuery = z.infer<typeof variablesQuery>;
export type DecisionLatencyQuery = z.infer<typeof decisionLatencyQuery>;
export type QueryType = Query['queryType'];
export type QueryDefinition = z.infer<typeof queryDefinition>;

/** A query as a client sends it, before the server's transforms. */
export type QueryInput = z.input<typeof query>;
/** The model a client keeps for one query type, without the fields Grafana adds to every query. */
export type QueryModel<T extends QueryType> = Omit<Extract<QueryInput, { queryType: T }>, CommonQueryField>;
