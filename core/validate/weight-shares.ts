import { type ScorecardSpec } from '../schema';

/** Sums this close to 1 count as 1: 0.1 + 0.2 + 0.7 is 0.9999999999999999 in floating point. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/** A child of a scorecard level: its weight as written and the share of its siblings' total it is read as. */
export interface Share {
  id: string;
  weight: number;
  share: number;
}

export interface ObjectiveShares extends Share {
  kpis: Share[];
}

export interface PerspectiveShares extends Share {
  objectives: ObjectiveShares[];
}

export const weightSum = (weights: readonly number[]): number => weights.reduce((a, b) => a + b, 0);

export const sumsToOne = (weights: readonly number[]): boolean =>
  Math.abs(weightSum(weights) - 1) <= WEIGHT_SUM_TOLERANCE;

/** Each weight's share of the siblings' total (0.9, 0.3, 0.3 → 0.6, 0.2, 0.2); all 0 when the total is 0. */
export function sharesOf(weights: readonly number[]): number[] {
  const total = weightSum(weights);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

function withShares<T extends { weight: number }>(items: readonly T[], idOf: (item: T) => string): Array<T & Share> {
  const shares = sharesOf(items.map((item) => item.weight));
  return items.map((item, i) => ({ ...item, id: idOf(item), share: shares[i] ?? 0 }));
}

/** The shares a scorecard's weights are read as, level by level: perspectives, their objectives, their KPIs. */
export function scorecardShares(spec: ScorecardSpec): PerspectiveShares[] {
  return withShares(spec.perspectives, (p) => p.id).map((p) => ({
    id: p.id,
    weight: p.weight,
    share: p.share,
    objectives: withShares(p.objectives, (o) => o.id).map((o) => ({
      id: o.id,
      weight: o.weight,
      share: o.share,
      kpis: withShares(o.kpis, (k) => k.kpi).map(({ id, weight, share }) => ({ id, weight, share })),
    })),
  }));
}

/** A share as a percentage with at most one decimal: 0.6 → "60%", 2/3 → "66.7%". */
export const formatShare = (share: number): string => `${Number((share * 100).toFixed(1))}%`;

/** A weight or sum without floating-point tails: 0.30000000000000004 → "0.3", 1.5 → "1.5". */
export const formatWeight = (n: number): string => String(Number(n.toFixed(6)));
