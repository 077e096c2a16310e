import { type DataQueryError, type DataQueryRequest } from '@grafana/data';
import { type KpiQuery } from '../types';
import { interpolateQuery, type Replace } from './interpolate';
import { migrateQuery } from './migrate';
import { QueryModelError } from './queryError';
import { type SentQuery } from './response';

/** The KPI server answers at most this many queries per request. */
export const MAX_QUERIES_PER_REQUEST = 50;

export type ServerQuery = KpiQuery & { intervalMs?: number; maxDataPoints?: number };

export interface PlannedQueries {
  queries: ServerQuery[];
  sent: SentQuery[];
  /** Queries that could not be interpolated, beside their refId. */
  errors: DataQueryError[];
}

/** False for queries still being written (no KPI or scorecard chosen): they are left out, not failed. */
export function isRunnable(query: KpiQuery): boolean {
  switch (query.queryType) {
    case 'kpi':
    case 'versions':
      return query.kpi.trim() !== '';
    case 'scorecard':
      return query.scorecard.trim() !== '';
    case 'funnel':
      return query.journey.trim() !== '';
    default:
      return true;
  }
}

function labelOf(query: KpiQuery): string {
  return query.queryType === 'scorecard' ? query.scorecard : 'kpi' in query && query.kpi ? query.kpi : query.refId;
}

/** The visible, finished queries of a request, migrated and interpolated, with the refIds they go out under. */
export function planQueries(request: DataQueryRequest<KpiQuery>, templateSrv: Replace): PlannedQueries {
  const planned: PlannedQueries = { queries: [], sent: [], errors: [] };
  const used = new Set<string>();
  // Variable requests carry intervalMs 0 (Grafana's QueryVariable): the server then picks a bucket itself.
  const sizing = {
    ...(request.intervalMs > 0 ? { intervalMs: request.intervalMs } : {}),
    ...(request.maxDataPoints !== undefined && request.maxDataPoints > 0
      ? { maxDataPoints: request.maxDataPoints }
      : {}),
  };
  for (const target of request.targets) {
    if (target.hide) {
      continue;
    }
    let expanded: KpiQuery[];
    try {
      const query = migrateQuery(target);
      expanded = isRunnable(query) ? interpolateQuery(query, request.scopedVars, templateSrv) : [];
    } catch (err) {
      if (!(err instanceof QueryModelError)) {
        throw err;
      }
      planned.errors.push({ refId: target.refId, message: err.message });
      continue;
    }
    expanded.forEach((q, i) => {
      let sentRefId = expanded.length === 1 ? q.refId : `${q.refId}/${i + 1}`;
      while (used.has(sentRefId)) {
        sentRefId += "'";
      }
      used.add(sentRefId);
      planned.queries.push({ ...q, refId: sentRefId, ...sizing });
      planned.sent.push({ sentRefId, refId: q.refId, ...(expanded.length > 1 ? { label: labelOf(q) } : {}) });
    });
  }
  return planned;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
