/** The count key of units below the lowest stage (DESIGN §9). */
export const NONE = 'none';
export const NONE_LABEL = 'Below the lowest stage';

export interface Stage {
  id: string;
  name: string;
}

export interface Bar {
  /** A stage id, or NONE. */
  key: string;
  label: string;
  count: number;
  /** Of all units counted, 0–1. */
  share: number;
  unit: boolean;
  median: boolean;
}

/** Count keys in index order: NONE (index 0), then the stages lowest first (index 1…). */
export const stageKeys = (stages: readonly Stage[]) => [NONE, ...stages.map((s) => s.id)];

const countOf = (counts: Readonly<Record<string, number>>, key: string) =>
  Object.hasOwn(counts, key) ? (counts[key] ?? 0) : 0;

/** One bar per stage index, with the highlighted unit's stage and the median stage marked (indices as in stageKeys). */
export function distributionBars(
  counts: Readonly<Record<string, number>>,
  stages: readonly Stage[],
  marks: { unitIndex: number | null; medianIndex: number | null }
): Bar[] {
  const keys = stageKeys(stages);
  const n = keys.reduce((sum, key) => sum + countOf(counts, key), 0);
  return keys.map((key, index) => {
    const count = countOf(counts, key);
    return {
      key,
      label: index === 0 ? NONE_LABEL : (stages[index - 1]?.name ?? key),
      count,
      share: n === 0 ? 0 : count / n,
      unit: index === marks.unitIndex,
      median: index === marks.medianIndex,
    };
  });
}

export interface Position {
  /** Units at a lower stage index. */
  below: number;
  /** Units at the same stage index. */
  equal: number;
  n: number;
}

/** Where stage index `index` falls in a distribution given as counts. */
export function positionIn(
  counts: Readonly<Record<string, number>>,
  stages: readonly Stage[],
  index: number
): Position {
  const values = stageKeys(stages).map((key) => countOf(counts, key));
  return {
    below: values.slice(0, index).reduce((a, b) => a + b, 0),
    equal: values[index] ?? 0,
    n: values.reduce((a, b) => a + b, 0),
  };
}

/**
 * The stage index of a unit counted in the distribution, from its rank 100 × (below + ½ × equal) / n: each
 * occupied index gives a different rank, so the match is unique; null when none matches.
 */
export function unitIndexFromRank(
  rank: number,
  counts: Readonly<Record<string, number>>,
  stages: readonly Stage[]
): number | null {
  const found = stageKeys(stages).findIndex((_, index) => {
    const p = positionIn(counts, stages, index);
    return p.equal > 0 && Math.abs((100 * (p.below + p.equal / 2)) / p.n - rank) < 1e-9;
  });
  return found < 0 ? null : found;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 63rd… */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A percentile rank in words. `counted`: the unit is one of the n units (internal benchmarks), so it is not
 * "level with" itself; against a peer it is not.
 */
export function rankWords(rank: number, p: Position, counted: boolean): string {
  const level = counted ? p.equal - 1 : p.equal;
  const tail =
    level > 0 ? `, level with ${plural(level, counted ? 'other' : 'unit', counted ? 'others' : 'units')}` : '';
  return `${ordinal(Math.round(rank))} percentile: above ${p.below} of ${plural(p.n, 'unit', 'units')}${tail}`;
}

/** A stage's name from its id, the NONE label for null. */
export function stageName(id: string | null, stages: readonly Stage[]): string {
  return id === null ? NONE_LABEL.toLowerCase() : (stages.find((s) => s.id === id)?.name ?? id);
}
