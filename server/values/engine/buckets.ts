import { type BucketGrid, intervalGrid } from '../../../core/periods';
import { type TimeRange } from '../types';

export type { BucketGrid } from '../../../core/periods';

/** Buckets of the interval over the range in the organisation's zone (see core/periods/grid.ts). */
export const gridOf = (range: TimeRange, intervalMs: number, timeZone: string, alignMs?: number): BucketGrid =>
  intervalGrid(range, intervalMs, timeZone, alignMs);

/** End of bucket i (start of the next one). */
export const bucketEnd = (grid: BucketGrid, i: number): number => grid.starts[i + 1] ?? grid.end;

/**
 * Index of the bucket holding `t`, or null outside the buckets. A time within one bucket's width before the
 * first bucket counts as the first: a runner that reports a part-bucket at its own range start.
 */
export function bucketIndex(grid: BucketGrid, t: number): number | null {
  const { starts } = grid;
  const first = starts[0];
  if (first === undefined || t >= grid.end || t <= first - (bucketEnd(grid, 0) - first)) {
    return null;
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= t) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Buckets from..to-1 of a grid, as a grid of their own. */
export function subGrid(grid: BucketGrid, from: number, to: number): BucketGrid {
  return { starts: grid.starts.slice(from, to), end: bucketEnd(grid, to - 1) };
}

/** The part of `range` the grid covers. */
export function gridRange(range: TimeRange, grid: BucketGrid): TimeRange {
  return { from: Math.max(range.from, grid.starts[0] ?? range.from), to: Math.min(range.to, grid.end) };
}

/** A run of equally wide consecutive buckets: start + k·width for k < count. */
export interface BucketRun {
  start: number;
  width: number;
  count: number;
}

/** The grid as runs of equal widths (one run for fixed intervals; calendar months and DST days split it). */
export function bucketRuns(grid: BucketGrid): BucketRun[] {
  const runs: BucketRun[] = [];
  grid.starts.forEach((start, i) => {
    const width = bucketEnd(grid, i) - start;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.width === width && last.start + last.count * last.width === start) {
      last.count += 1;
    } else {
      runs.push({ start, width, count: 1 });
    }
  });
  return runs;
}

/** A short fingerprint of the bucket boundaries, for cache keys. */
export function gridKey(grid: BucketGrid): string {
  let h = 0;
  for (const s of grid.starts) {
    h = (Math.imul(h, 31) + (s % 1_000_000_007)) | 0;
  }
  return `${grid.starts[0] ?? ''}/${grid.starts.length}/${grid.end}/${h}`;
}
