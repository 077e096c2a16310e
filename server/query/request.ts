import { z } from 'zod';
import { resourceId } from '../../core/schema';
import { FILTER_COLUMNS, isFilterColumn, type QueryFilter } from '../values/engine/filter';

const time = z.union([z.number(), z.string().min(1)]);
const definition = z.union([
  z.literal('effective'),
  z.literal('current'),
  z.strictObject({ version: z.number().int().positive() }),
  z.strictObject({ asOf: z.string().min(1) }),
]);
const filterValues = z.union([
  z.string(),
  z.array(z.string()).min(1, 'an empty list matches nothing: give at least one value or leave the column out'),
]);
const filter = z.record(z.string(), filterValues).transform((given, ctx): QueryFilter => {
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
const common = {
  refId: z.string().min(1).max(64),
  hide: z.boolean().optional(),
  datasource: z.unknown().optional(),
  intervalMs: z.number().positive().optional(),
  maxDataPoints: z.number().int().positive().optional(),
  key: z.string().optional(),
};

export const kpiQuery = z.object({
  ...common,
  queryType: z.literal('kpi'),
  kpi: resourceId,
  interval: z.string().optional(),
  breakdown: z.string().optional(),
  filter: filter.optional(),
  definition: definition.optional(),
  alias: z.string().optional(),
});
export const scorecardQuery = z.object({
  ...common,
  queryType: z.literal('scorecard'),
  scorecard: resourceId,
  /** Ignored since trends have one point per reporting period; kept so saved queries stay valid. */
  interval: z.string().optional(),
  definition: definition.optional(),
  /** The latest complete period ending by the range's end (default), or the running one, flagged partial. */
  period: z.enum(['complete', 'to-date']).optional(),
});
const catalogQuery = z.object({ ...common, queryType: z.literal('catalog') });
const versionsQuery = z.object({ ...common, queryType: z.literal('versions'), kpi: resourceId });
const lineageQuery = z.object({ ...common, queryType: z.literal('lineage'), kpi: resourceId.optional() });
const annotationsQuery = z.object({
  ...common,
  queryType: z.literal('annotations'),
  kpis: z.array(resourceId).optional(),
  include: z.array(z.enum(['definition-changes', 'freeze-windows', 'check-ins'])).optional(),
});
const variablesQuery = z.object({
  ...common,
  queryType: z.literal('variables'),
  variable: z.enum(['kpis', 'scorecards', 'journeys', 'segments', 'perspectives', 'channels', 'regions']),
});

export const query = z.discriminatedUnion('queryType', [
  kpiQuery,
  scorecardQuery,
  catalogQuery,
  versionsQuery,
  lineageQuery,
  annotationsQuery,
  variablesQuery,
]);
export type Query = z.infer<typeof query>;
export type KpiQuery = z.infer<typeof kpiQuery>;
export type ScorecardQuery = z.infer<typeof scorecardQuery>;

export const queryRequest = z.object({
  from: time,
  to: time,
  queries: z
    .array(z.looseObject({ refId: z.string(), queryType: z.string() }))
    .min(1)
    .max(50),
});

/** Epoch ms from a number or an ISO-8601 / numeric string; throws naming the field. */
export function toEpochMs(value: number | string, field: string): number {
  const ms = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new Error(`${field} must be epoch milliseconds or an ISO-8601 time, got ${JSON.stringify(value)}`);
  }
  return ms;
}
