import { type ValueCache } from './cache';
import { checkSeriesCount } from './limits';
import { type KpiPlan } from './plan';
import { planKey, planReads } from './plan-key';
import { type PieceEnv, runPiece } from './run-piece';
import { freezeSeries, joinPieces, type Series } from './series';
import { type ValueLimits } from './types';

export interface ComputeEnv extends Omit<PieceEnv, 'compute'> {
  cache: ValueCache<Series[]>;
  limits: ValueLimits;
}

/** Computes a plan piece by piece (inputs of expressions likewise), each KPI's series cached under its plan. */
export function computePlan(env: ComputeEnv, plan: KpiPlan): Promise<Series[]> {
  const key = planKey(plan, env);
  return env.cache.getOrCompute(key, planReads(plan), async () => {
    const pieceEnv: PieceEnv = { ...env, compute: (input) => computePlan(env, input) };
    const pieces = await Promise.all(
      plan.pieces.map(async (piece) => ({ times: piece.grid.starts, series: await runPiece(pieceEnv, piece) }))
    );
    const series = joinPieces(pieces, env.breakdown !== undefined);
    checkSeriesCount(plan.kpiId, series.length, env.limits);
    return freezeSeries(series);
  });
}
