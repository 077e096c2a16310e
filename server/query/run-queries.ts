import { kpiNodeId, lineageOf } from '../registry/lineage';
import { RegistryError, type Registry } from '../registry/types';
import { type SqlDb } from '../store/sql';
import { normaliseFilter } from '../values/engine/filter';
import { inputMode } from '../values/engine/plan';
import { type CheckInStore, type TimeRange } from '../values/types';
import { type FunnelEngine } from '../funnels/funnel-engine';
import { funnelFrames } from '../funnels/funnel-query';
import { annotationsFrame } from './annotations';
import { EndValidity } from './end-validity';
import { type EscalationSource } from './escalation-source';
import { decisionLatencyFrames } from './latency-frame';
import { catalogFrame, versionsFrame } from './catalog-frames';
import { type FrameJson } from './frame';
import { type QueryCache, queryKey, rangelessKey } from './query-cache';
import { queryFailure } from './query-failure';
import { chooseInterval } from './interval';
import { periodGrid } from './period-grid';
import { versionInForce } from '../registry/in-force';
import { kpiPeriod, PERIOD_INTERVAL } from '../../core/schema';
import { kpiFrame } from './kpi-frames';
import { lineageFrames } from './lineage-frames';
import { kpiFacts } from './lineage-kpis';
import { query as querySchema, type Query } from './request';
import { loadScorecard, scorecardFrame } from './scorecard-frame';
import { scorecardRows } from './scorecard-rows';
import { QueryError, type KpiComputer } from './types';
import { variableFrame } from './variables';

export interface QueryDeps {
  registry: Registry;
  engine: KpiComputer;
  checkIns: CheckInStore;
  sql: SqlDb;
  cache?: QueryCache;
  /** IANA zone of reporting periods (default UTC). */
  timeZone?: string;
  /** Journeys' funnels (none: funnel queries answer 501). */
  funnels?: FunnelEngine;
  /** Escalations opened in a range (none: decision-latency queries and escalation annotations fail). */
  escalations?: EscalationSource;
  now?: () => number;
}

export interface QueryResult {
  frames: FrameJson[];
  error?: string;
  status?: number;
}

/** The buckets of a kpi query: its interval, or with `interval: "period"` the KPI's reporting periods. */
async function kpiBuckets(deps: QueryDeps, q: Extract<Query, { queryType: 'kpi' }>, range: TimeRange) {
  if (q.interval !== PERIOD_INTERVAL) {
    return { range, intervalMs: chooseInterval(range, q) };
  }
  const versions = await deps.registry.versions('KPI', q.kpi);
  const doc = (versionInForce(versions, new Date(range.to - 1).toISOString()) ?? versions[versions.length - 1])
    ?.document;
  if (doc?.kind !== 'KPI') {
    throw new QueryError(`${q.kpi} is not a KPI`);
  }
  return periodGrid(range, kpiPeriod(doc.spec), deps.timeZone ?? 'UTC');
}

async function kpiFrames(deps: QueryDeps, q: Extract<Query, { queryType: 'kpi' }>, range: TimeRange) {
  const buckets = await kpiBuckets(deps, q, range);
  const results = await deps.engine.computeKpi(q.kpi, {
    ...buckets,
    ...(q.breakdown ? { breakdown: q.breakdown } : {}),
    ...(q.filter ? { filter: q.filter } : {}),
    ...(q.definition ? { definition: q.definition } : {}),
  });
  // unit and thresholds of the version that computed the last point (the pinned one, or the one in force)
  const versions = await deps.registry.versions('KPI', q.kpi);
  const used = versions.find((v) => v.version === results[0]?.version) ?? versions[versions.length - 1];
  const document = used?.document;
  if (document?.kind !== 'KPI') {
    throw new QueryError(`${q.kpi} is not a KPI`);
  }
  const filter = normaliseFilter(q.filter);
  return results.map((r) => kpiFrame(document, r, { refId: q.refId, alias: q.alias, filter }));
}

/** The scorecard table for each KPI's reported period, then one trend series per KPI (a point per period). */
type ScorecardQuery = Extract<Query, { queryType: 'scorecard' }>;

async function scorecardFrames(deps: QueryDeps, q: ScorecardQuery, range: TimeRange, validity?: EndValidity) {
  const ctx = {
    ...(validity === undefined ? {} : { validity }),
    registry: deps.registry,
    engine: deps.engine,
    to: range.to,
    now: deps.now?.() ?? Date.now(),
    timeZone: deps.timeZone ?? 'UTC',
    definition: q.definition ?? 'effective',
    mode: q.period ?? 'complete',
  };
  const { card, version } = await loadScorecard(ctx, q.scorecard);
  // a pinned version names the scorecard's; its KPIs follow their effective versions
  const rows = await scorecardRows({ ...ctx, definition: inputMode(ctx.definition) }, card);
  const table = scorecardFrame(card, rows, q.refId, { version, timeZone: ctx.timeZone, mode: ctx.mode });
  const trends = rows.flatMap((r) => (r.doc && r.trend ? [kpiFrame(r.doc, r.trend, { refId: q.refId })] : []));
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
    case 'funnel':
      return funnelFrames(deps, q, range);
    case 'decision-latency':
      return decisionLatencyFrames(deps, q, range);
  }
}

/** A scorecard's answer is the same for every end of range within a span: computed once for all of them. */
function cachedScorecard(
  deps: QueryDeps,
  cache: QueryCache,
  q: ScorecardQuery,
  range: TimeRange,
  raw: Record<string, unknown>
) {
  const now = deps.now?.() ?? Date.now();
  return cache.getForEnd(rangelessKey(raw), q.refId, Math.min(range.to, now), async () => {
    const validity = new EndValidity();
    const frames = await scorecardFrames(deps, q, range, validity);
    return { frames, span: validity.cacheable ? [validity.lo, validity.hi] : null };
  });
}

/**
 * The answer when every query of the batch is kept in the cache (or being computed for another request), else
 * null: such a batch costs no computation, so it need not wait for admission behind those that do.
 */
export async function answerFromCache(deps: QueryDeps, range: TimeRange, queries: Array<Record<string, unknown>>) {
  const cache = deps.cache;
  if (cache === undefined) {
    return null;
  }
  const now = deps.now?.() ?? Date.now();
  const answers: Array<[string, Promise<FrameJson[]>]> = [];
  for (const raw of queries) {
    const parsed = querySchema.safeParse(raw);
    if (!parsed.success) {
      return null;
    }
    const q = parsed.data;
    if (q.hide) {
      continue;
    }
    const hit =
      q.queryType === 'scorecard'
        ? await cache.awaitForEnd(rangelessKey(raw), q.refId, Math.min(range.to, now))
        : cache.peek(queryKey(range, raw), q.refId);
    if (hit === null) {
      return null;
    }
    answers.push([q.refId, Promise.resolve(hit)]);
  }
  return Promise.all(answers.map(async ([refId, frames]) => [refId, { frames: await frames }] as const)).then(
    (entries) => ({ results: Object.fromEntries(entries) as Record<string, QueryResult> }),
    () => null
  );
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
      const frames =
        deps.cache === undefined
          ? await compute()
          : q.queryType === 'scorecard'
            ? await cachedScorecard(deps, deps.cache, q, range, raw)
            : await deps.cache.get(queryKey(range, raw), refId, compute);
      results[refId] = { frames };
    } catch (err) {
      results[refId] = queryFailure(err);
    }
  }
  return { results };
}
