import { checkMinGroup, percentileRanks, tooFew } from './benchmark';

export type ValueBenchmark =
  | { n: number; suppressed: true; reason: string }
  | {
      n: number;
      suppressed: false;
      p10: number;
      p25: number;
      p50: number;
      p75: number;
      p90: number;
      ranks: Record<string, number>;
    };

// Linear interpolation between closest ranks, h = (n−1)·p: numpy's default ('linear') percentile.
function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] ?? NaN;
  const high = sorted[lo + 1] ?? low;
  return low + (h - lo) * (high - low);
}

/**
 * Percentiles and ranks of a KPI across units; suppressed when fewer than minGroup units, or when the values
 * are all ≥ 0 and one unit holds more than `dominance` of the total.
 */
export function benchmarkValues(
  values: ReadonlyArray<{ unit: string; value: number; weight?: number }>,
  { minGroup, dominance = 0.5 }: { minGroup: number; dominance?: number }
): ValueBenchmark {
  checkMinGroup(minGroup);
  if (!(dominance > 0 && dominance <= 1)) {
    throw new RangeError(`dominance must be a share in (0, 1], got ${dominance}`);
  }
  const bad = values.find((v) => !Number.isFinite(v.value));
  if (bad !== undefined) {
    throw new RangeError(`the value of unit "${bad.unit}" is not a finite number: ${bad.value}`);
  }
  const n = values.length;
  const few = tooFew(n, minGroup);
  if (few !== null) {
    return { n, suppressed: true, reason: few };
  }
  const sorted = values.map((v) => v.value).sort((a, b) => a - b);
  // what each unit contributes to the total: the rows or responses behind a rate when given, else the value itself
  const weights = values.every((v) => v.weight !== undefined) ? values.map((v) => v.weight ?? 0) : sorted;
  const total = weights.reduce((a, b) => a + b, 0);
  const largest = Math.max(...weights);
  if (Math.min(...weights) >= 0 && largest > dominance * total) {
    const share = Number((dominance * 100).toFixed(2));
    return { n, suppressed: true, reason: `a single unit holds more than ${share}% of the total (dominance rule)` };
  }
  const at = (p: number) => percentile(sorted, p);
  return {
    n,
    suppressed: false,
    p10: at(0.1),
    p25: at(0.25),
    p50: at(0.5),
    p75: at(0.75),
    p90: at(0.9),
    ranks: percentileRanks(values),
  };
}
