import { type DimensionFilter } from '../types';
import { gridKey } from './buckets';
import { type KpiPlan, type PlanPiece } from './plan';

export type CalculationKind = 'measure' | 'expression' | 'manual' | 'sql';

export function calculationKind(piece: PlanPiece): CalculationKind {
  const calc = piece.kpi.spec.calculation;
  if ('measure' in calc) {
    return 'measure';
  }
  if ('expression' in calc) {
    return 'expression';
  }
  return 'manual' in calc ? 'manual' : 'sql';
}

/** The resolved definition tree: ids, version hashes and the buckets each covers. */
function signature(plan: KpiPlan): unknown {
  return {
    id: plan.kpiId,
    range: [plan.range.from, plan.range.to],
    buckets: gridKey(plan.grid),
    pieces: plan.pieces.map((p) => ({
      version: p.record.version,
      hash: p.record.hash,
      range: [p.range.from, p.range.to],
      inputs: p.expression ? [...p.expression.inputs].map(([name, input]) => [name, signature(input)]) : [],
    })),
  };
}

export interface KeyOptions {
  intervalMs: number;
  breakdown?: string;
  /** Normalised (see normaliseFilter), so equal filters give equal keys. */
  filter?: DimensionFilter;
}

/** Cache key: the plan pins the versions used for every part of the range, so the definition mode is implied. */
export function planKey(plan: KpiPlan, { intervalMs, breakdown, filter }: KeyOptions): string {
  return JSON.stringify({ plan: signature(plan), intervalMs, breakdown: breakdown ?? null, filter: filter ?? null });
}

/** What a plan reads: every KPI id in it and every kind of calculation, for invalidation. */
export function planReads(plan: KpiPlan, into = { kpis: new Set<string>(), kinds: new Set<CalculationKind>() }) {
  into.kpis.add(plan.kpiId);
  for (const piece of plan.pieces) {
    into.kinds.add(calculationKind(piece));
    for (const input of piece.expression?.inputs.values() ?? []) {
      planReads(input, into);
    }
  }
  return into;
}
