import { isNumber, statusOfScore, type Status } from './scoring';

export type RollupMode = 'weighted' | 'worst' | 'count';

export interface RollupChild {
  score: number | null;
  weight?: number;
}

export interface Rollup {
  score: number | null;
  status: Status;
  /** Share of the children's weight (weighted) or of the children (worst, count) that has data, 0..1. */
  coverage: number;
  withData: number;
  total: number;
}

function weightOf(child: RollupChild, index: number): number {
  const weight = child.weight ?? 1;
  if (!isNumber(weight) || weight < 0) {
    throw new RangeError(`child ${index}: weight must be a number >= 0, got ${child.weight}`);
  }
  return weight;
}

/** Rolls child scores up into one: weighted mean over children with data, the worst, or the share at goal. */
export function rollup(children: RollupChild[], mode: RollupMode = 'weighted'): Rollup {
  const weights = children.map(weightOf);
  const scored = children.flatMap((c, i) => (isNumber(c.score) ? [{ score: c.score, weight: weights[i] ?? 0 }] : []));
  const total = children.length;
  const withData = scored.length;
  let score: number | null = null;
  let coverage = total === 0 ? 0 : withData / total;
  if (mode === 'weighted') {
    const allWeight = weights.reduce((a, b) => a + b, 0);
    const dataWeight = scored.reduce((a, c) => a + c.weight, 0);
    coverage = allWeight > 0 ? dataWeight / allWeight : coverage;
    score = dataWeight > 0 ? scored.reduce((a, c) => a + c.score * c.weight, 0) / dataWeight : null;
  } else if (mode === 'worst') {
    score = withData > 0 ? Math.min(...scored.map((c) => c.score)) : null;
  } else {
    const atGoal = scored.filter((c) => statusOfScore(c.score) === 'ok').length;
    score = withData > 0 ? (10 * atGoal) / withData : null;
  }
  return { score, status: statusOfScore(score), coverage, withData, total };
}
