import { type CheckInStore, type DimensionFilter, type MeasureRunner, type SqlKpiRunner } from '../types';
import { ValueEngineError } from './errors';
import { evaluatePiece } from './expression';
import { checkInPoints } from './manual';
import { type KpiPlan, type PlanPiece } from './plan';
import { calculationKind } from './plan-key';
import { bucketEnd, bucketRuns, gridRange, subGrid } from './buckets';
import { type ValueCache } from './cache';
import { joinPieces, type Series, seriesOf } from './series';

export interface PieceEnv {
  measure: MeasureRunner;
  sql: SqlKpiRunner;
  checkIns: CheckInStore;
  /** Nominal bucket width ($__interval); each piece carries its buckets. */
  intervalMs: number;
  /** Most series a breakdown may give (the engine's limit). */
  maxSeries?: number;
  /** Aborts when the time budget runs out. */
  signal?: AbortSignal;
  breakdown?: string;
  /** Normalised; only measure KPIs (and expressions over them) can be filtered. */
  filter?: DimensionFilter;
  /** Computes an input of an expression (through the cache). */
  compute(plan: KpiPlan): Promise<Series[]>;
  /** Keeps the runs of sql KPIs, so windows that share periods share their statements. */
  cache?: ValueCache<Series[]>;
}

function unsplittable(piece: PlanPiece, breakdown: string): ValueEngineError {
  const kind = calculationKind(piece);
  return new ValueEngineError(
    'breakdown-unsupported',
    `KPI ${piece.kpi.metadata.id} (version ${piece.record.version}, ${kind}) cannot be broken down by "${breakdown}"`
  );
}

/** Sql and manual KPIs do not read events through a measure, so a filter cannot reach them. */
function refuseFilter(piece: PlanPiece, filter: DimensionFilter | undefined): void {
  if (filter === undefined) {
    return;
  }
  const kind = calculationKind(piece);
  throw new ValueEngineError(
    'filter-unsupported',
    `KPI ${piece.kpi.metadata.id} (version ${piece.record.version}, ${kind}) cannot be filtered by ${Object.keys(filter).join(', ')}: only measure KPIs and expressions over them can`
  );
}

/**
 * Without a breakdown: the series as the runner split them (an sql KPI may split by itself), else at most one.
 * With one: every series that has points must be split by that column.
 */
function checkSplit(piece: PlanPiece, breakdown: string | undefined, series: Series[]): Series[] {
  if (breakdown === undefined) {
    const keyed = series.filter((s) => s.breakdown !== undefined);
    return keyed.length > 0 ? keyed : series.slice(0, 1);
  }
  const withData = series.filter((s) => s.breakdown !== undefined || s.points.some((p) => p.value !== null));
  if (withData.some((s) => s.breakdown?.column !== breakdown)) {
    throw unsplittable(piece, breakdown);
  }
  return withData;
}

async function runQuery(env: PieceEnv, piece: PlanPiece, runner: MeasureRunner | SqlKpiRunner): Promise<Series[]> {
  const split = env.breakdown === undefined ? {} : { breakdown: env.breakdown };
  const only = env.filter === undefined ? {} : { filter: env.filter };
  const { kpi, range, grid } = piece;
  const cap = env.maxSeries === undefined || env.breakdown === undefined ? {} : { maxSeries: env.maxSeries };
  const stop = env.signal === undefined ? {} : { signal: env.signal };
  const result = await runner.run({ kpi, range, intervalMs: env.intervalMs, grid, ...split, ...only, ...cap, ...stop });
  return checkSplit(piece, env.breakdown, seriesOf(result, grid));
}

async function runManual(env: PieceEnv, piece: PlanPiece): Promise<Series[]> {
  refuseFilter(piece, env.filter);
  if (env.breakdown !== undefined) {
    throw unsplittable(piece, env.breakdown);
  }
  const checkIns = await env.checkIns.list(piece.kpi.metadata.id, piece.range);
  return [{ points: checkInPoints(checkIns, piece.grid) }];
}

async function runExpression(env: PieceEnv, piece: PlanPiece): Promise<Series[]> {
  if (piece.expression === undefined) {
    throw new ValueEngineError('invalid-definition', `KPI ${piece.kpi.metadata.id} has no expression plan`);
  }
  const names = [...piece.expression.inputs.keys()];
  const computed = await Promise.all([...piece.expression.inputs.values()].map((input) => env.compute(input)));
  const inputs = new Map(names.map((name, i) => [name, computed[i] ?? []]));
  return evaluatePiece({ piece, node: piece.expression.node, inputs, breakdown: env.breakdown });
}

/**
 * An sql KPI groups its own buckets by $__interval from $__timeFrom, so it runs once per run of equally wide
 * buckets. Calendar periods (months, DST days) vary in width: each runs alone, kept by its own range, so the
 * next month's scorecard (and any concurrent one over other months) reuses the eleven periods they share.
 */
async function runSql(env: PieceEnv, piece: PlanPiece): Promise<Series[]> {
  refuseFilter(piece, env.filter);
  const runs = bucketRuns(piece.grid);
  if (runs.length === 1) {
    return runQuery(env, piece, env.sql);
  }
  const parts = await Promise.all(
    piece.grid.starts.map(async (start, i) => {
      const grid = subGrid(piece.grid, i, i + 1);
      const part = { ...piece, grid, range: gridRange(piece.range, grid) };
      const width = bucketEnd(piece.grid, i) - start;
      const run = () => runQuery({ ...env, intervalMs: width }, part, env.sql);
      const key = JSON.stringify(['sql-run', piece.record.hash, part.range, width, env.breakdown ?? null]);
      const reads = { kpis: new Set([piece.kpi.metadata.id]), kinds: new Set(['sql'] as const) };
      return { times: grid.starts, series: await (env.cache ? env.cache.getOrCompute(key, reads, run) : run()) };
    })
  );
  return joinPieces(parts, env.breakdown !== undefined);
}

/** Computes one version's run of buckets by its calculation. */
export async function runPiece(env: PieceEnv, piece: PlanPiece): Promise<Series[]> {
  switch (calculationKind(piece)) {
    case 'measure':
      return runQuery(env, piece, env.measure);
    case 'sql':
      return runSql(env, piece);
    case 'manual':
      return runManual(env, piece);
    case 'expression':
      return runExpression(env, piece);
  }
}
