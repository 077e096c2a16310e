import { kpiNodeId, lineageOf } from '../registry/lineage';
import { RegistryError, type Registry } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { ValueEngineError } from '../values/engine/errors';
import { normaliseFilter } from '../values/engine/filter';
import { type CheckInStore, type TimeRange } from '../values/types';
import { annotationsFrame } from './annotations';
import { catalogFrame, versionsFrame } from './catalog-frames';
import { type FrameJson } from './frame';
import { type QueryCache, queryKey } from './query-cache';
import { chooseInterval } from './interval';
import { kpiFrame } from './kpi-frames';
import { lineageFrames } from './lineage-frames';
import { kpiFacts } from './lineage-kpis';
import { versionAt } from './registry-docs';
import { query as querySchema, type Query } from './request';
import { loadScorecard, scorecardFrame, scorecardRows } from './scorecard-frame';
import { QueryError, type KpiComputer } from './types';
import { variableFrame } from './variables';

export interface QueryDeps {
  registry: Registry;
  engine: KpiComputer;
  checkIns: CheckInStore;
  sql: SqlDb;
  cache?: QueryCache;
}

export interface QueryResult {
  frames: FrameJson[];
  error?: string;
  status?: number;
}

async function kpiFrames(deps: QueryDeps, q: Extract<Query, { queryType: 'kpi' }>, range: TimeRange) {
  const intervalMs = chooseInterval(range, q);
  const results = await deps.engine.computeKpi(q.kpi, {
    range,
    intervalMs,
    ...(q.breakdown ? { breakdown: q.breakdown } : {}),
    ...(q.filter ? { filter: q.filter } : {}),
    ...(q.definition ? { definition: q.definition } : {}),
  });
  const at = new Date(Math.min(range.to, Date.now())).toISOString();
  const { document } = await versionAt(deps.registry, 'KPI', q.kpi, at);
  if (document.kind !== 'KPI') {
    throw new QueryError(`${q.kpi} is not a KPI`);
  }
  const filter = normaliseFilter(q.filter);
  return results.map((r) => kpiFrame(document, r, { refId: q.refId, alias: q.alias, filter }));
}

async function scorecardFrames(deps: QueryDeps, q: Extract<Query, { queryType: 'scorecard' }>, range: TimeRange) {
  const { card, version } = await loadScorecard(deps.registry, q.scorecard, range);
  const ctx = { registry: deps.registry, engine: deps.engine, range, definition: q.definition ?? 'effective' };
  const rows = await scorecardRows(ctx, card);
  const table = scorecardFrame(card, version, rows, q.refId);
  const intervalMs = chooseInterval(range, q);
  const trends: FrameJson[] = [];
  for (const r of rows) {
    if (r.doc === null) {
      continue;
    }
    const [trend] = await deps.engine.computeKpi(r.kpiId, { range, intervalMs, definition: ctx.definition });
    if (trend) {
      trends.push(kpiFrame(r.doc, trend, { refId: q.refId }));
    }
  }
  return [table, ...trends];
}

/** The version shown on KPI nodes is the one in force at the end of the range, as for kpi frames. */
async function lineage(deps: QueryDeps, q: Extract<Query, { queryType: 'lineage' }>, range: TimeRange) {
  const whole = await deps.registry.lineage();
  const graph = q.kpi === undefined ? whole : lineageOf(whole, kpiNodeId(q.kpi));
  if (graph === null) {
    throw new RegistryError('not_found', `KPI ${q.kpi} is not in the registry`);
  }
  const at = new Date(Math.min(range.to, Date.now())).toISOString();
  return lineageFrames(graph, await kpiFacts(deps.registry, graph, at), q.refId, whole);
}

async function framesFor(deps: QueryDeps, q: Query, range: TimeRange): Promise<FrameJson[]> {
  switch (q.queryType) {
    case 'kpi':
      return kpiFrames(deps, q, range);
    case 'scorecard':
      return scorecardFrames(deps, q, range);
    case 'catalog':
      return [await catalogFrame(deps.registry, q.refId)];
    case 'versions':
      return [await versionsFrame(deps.registry, q.kpi, q.refId)];
    case 'lineage':
      return lineage(deps, q, range);
    case 'annotations':
      return [await annotationsFrame(deps, q, range, q.refId)];
    case 'variables':
      return [await variableFrame(deps.registry, deps.sql, q.variable, q.refId)];
  }
}

function failure(err: unknown): QueryResult {
  if (err instanceof QueryError) {
    return { frames: [], error: err.message, status: err.status };
  }
  if (err instanceof RegistryError) {
    const status = { not_found: 404, invalid: 400, forbidden: 403, conflict: 409, frozen: 423 }[err.code];
    return { frames: [], error: err.message, status };
  }
  if (err instanceof ValueEngineError) {
    return { frames: [], error: err.message, status: err.code === 'time-budget' ? 503 : 400 };
  }
  if (err instanceof RangeError) {
    return { frames: [], error: err.message, status: 400 };
  }
  throw err;
}

/** Runs each query on its own: one failing query reports its error beside its refId, the others still answer. */
export async function runQueries(deps: QueryDeps, range: TimeRange, queries: Array<Record<string, unknown>>) {
  const results: Record<string, QueryResult> = {};
  for (const raw of queries) {
    const refId = typeof raw.refId === 'string' ? raw.refId : '?';
    const parsed = querySchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`);
      results[refId] = { frames: [], error: `invalid query: ${problems.join('; ')}`, status: 400 };
      continue;
    }
    if (parsed.data.hide) {
      continue;
    }
    const q = parsed.data;
    try {
      const compute = () => framesFor(deps, q, range);
      const frames = deps.cache ? await deps.cache.get(queryKey(range, raw), refId, compute) : await compute();
      results[refId] = { frames };
    } catch (err) {
      results[refId] = failure(err);
    }
  }
  return { results };
}
