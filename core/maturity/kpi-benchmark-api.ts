import { z } from 'zod';
import { FILTER_COLUMNS } from '../query/columns';
import { resourceId } from '../schema/common';
import { PERIODS } from '../schema/kpi';
import { DEFAULT_MIN_GROUP } from './benchmark-api';

/** The KPI value benchmark API's shapes (DESIGN §9: minimum group plus the dominance rule). */

export const DEFAULT_DOMINANCE = 0.5;

/** Epoch ms from epoch-ms digits or an ISO-8601 time. */
const time = z.union([z.number(), z.string().min(1)]).transform((given, ctx) => {
  const ms = typeof given === 'number' ? given : /^\d+$/.test(given) ? Number(given) : Date.parse(given);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be epoch milliseconds or an ISO-8601 time, got "${given}"`,
      input: given,
    });
    return z.NEVER;
  }
  return ms;
});

export const kpiBenchmarkQuery = z
  .strictObject({
    kpi: resourceId,
    /** The breakdown column whose values are the units. */
    by: z.enum(FILTER_COLUMNS),
    from: time,
    to: time,
    minGroup: z.coerce.number().int().min(1).max(1000).default(DEFAULT_MIN_GROUP),
    dominance: z.coerce.number().gt(0).max(1).default(DEFAULT_DOMINANCE),
  })
  .refine((q) => q.from < q.to, { path: ['to'], message: 'to must be after from' });
export type KpiBenchmarkQuery = z.infer<typeof kpiBenchmarkQuery>;

export const periodBenchmark = z.object({
  /** ISO-8601 instants: the period is [start, end). */
  start: z.string(),
  end: z.string(),
  label: z.string(),
  /** Units with a value in the period. */
  n: z.number().int().min(0),
  suppressed: z.boolean(),
  reason: z.string().optional(),
  p10: z.number().optional(),
  p25: z.number().optional(),
  p50: z.number().optional(),
  p75: z.number().optional(),
  p90: z.number().optional(),
  ranks: z.record(z.string(), z.number()).optional(),
});
export type PeriodBenchmark = z.infer<typeof periodBenchmark>;

export const kpiBenchmarks = z.object({
  kpi: z.string(),
  by: z.enum(FILTER_COLUMNS),
  unit: z.string(),
  period: z.enum(PERIODS),
  minGroup: z.number(),
  dominance: z.number(),
  /** The complete reporting periods in [from, to), oldest first. */
  periods: z.array(periodBenchmark),
});
export type KpiBenchmarks = z.infer<typeof kpiBenchmarks>;
