import { z } from 'zod';

export { query, kpiQuery, scorecardQuery, funnelQuery } from '../../core/query';
export type { Query, KpiQuery, ScorecardQuery, FunnelQuery } from '../../core/query';

const time = z.union([z.number(), z.string().min(1)]);

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
