import { stageIndex } from './assess';
import { type DimensionStages, type MaturityStage } from './types';

/** Throws unless minGroup is an integer ≥ 1. */
export function checkMinGroup(minGroup: number): void {
  if (!Number.isInteger(minGroup) || minGroup < 1) {
    throw new RangeError(`minGroup must be an integer ≥ 1, got ${minGroup}`);
  }
}

/** The suppression reason for a group smaller than minGroup, or null when it is large enough. */
export function tooFew(n: number, minGroup: number): string | null {
  return n < minGroup ? `only ${n} unit${n === 1 ? '' : 's'} (fewer than the minimum group of ${minGroup})` : null;
}

/** Percentile rank of each unit, 100 × (below + ½ × equal) / n, the unit itself counted in equal. */
export function percentileRanks(values: ReadonlyArray<{ unit: string; value: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { unit, value } of values) {
    if (Object.hasOwn(out, unit)) {
      throw new RangeError(`unit "${unit}" appears more than once`);
    }
    const below = values.filter((v) => v.value < value).length;
    const equal = values.filter((v) => v.value === value).length;
    out[unit] = (100 * (below + equal / 2)) / values.length;
  }
  return out;
}

export type StageBenchmark =
  | { id: string; n: number; suppressed: true; reason: string }
  | {
      id: string;
      n: number;
      suppressed: false;
      /** Units per stage id, and "none" for units below the lowest stage. */
      counts: Record<string, number>;
      /** The lower median stage (the ⌈n/2⌉-th smallest index); null for index 0. */
      median: string | null;
      medianIndex: number;
      ranks: Record<string, number>;
    };

/** Per dimension, in the order given: the distribution of units over stages, or suppressed when n < minGroup. */
export function benchmarkStages(
  units: ReadonlyArray<{ unit: string; stages: DimensionStages }>,
  dimensionIds: readonly string[],
  stages: readonly MaturityStage[],
  minGroup: number
): StageBenchmark[] {
  checkMinGroup(minGroup);
  if (stages.some((s) => s.id === 'none')) {
    throw new RangeError('a stage id "none" collides with the count of units below the lowest stage');
  }
  return dimensionIds.map((id) => {
    const present = units.flatMap(({ unit, stages: byDimension }) => {
      const stage = Object.hasOwn(byDimension, id) ? byDimension[id] : undefined;
      return stage === undefined ? [] : [{ unit, value: stageIndex(stage, stages) }];
    });
    const n = present.length;
    const reason = tooFew(n, minGroup);
    if (reason !== null) {
      return { id, n, suppressed: true, reason };
    }
    const counts: Record<string, number> = Object.fromEntries([['none', 0], ...stages.map((s) => [s.id, 0])]);
    for (const { value } of present) {
      const key = stages[value - 1]?.id ?? 'none';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    const sorted = present.map((p) => p.value).sort((a, b) => a - b);
    const medianIndex = sorted[Math.ceil(n / 2) - 1] ?? 0;
    const median = stages[medianIndex - 1]?.id ?? null;
    return { id, n, suppressed: false, counts, median, medianIndex, ranks: percentileRanks(present) };
  });
}
