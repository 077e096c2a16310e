import { type TimeRange } from '../types';

/** Where buckets start (alignMs + k·interval): as asked, else `from` when the interval spans the range, else the epoch. */
export function bucketOrigin(range: TimeRange, intervalMs: number, alignMs?: number): number {
  if (alignMs !== undefined) {
    return alignMs;
  }
  return intervalMs >= range.to - range.from ? range.from : 0;
}

function firstBucket(range: TimeRange, intervalMs: number, origin: number): number {
  return origin + Math.floor((range.from - origin) / intervalMs) * intervalMs;
}

/** How many buckets bucketTimes gives, without building them. */
export function bucketCount(range: TimeRange, intervalMs: number, alignMs?: number): number {
  const first = firstBucket(range, intervalMs, bucketOrigin(range, intervalMs, alignMs));
  return Math.ceil((range.to - first) / intervalMs);
}

/** Bucket starts covering [from, to), the first one holding `from` (so it may start before it). */
export function bucketTimes(range: TimeRange, intervalMs: number, alignMs?: number): number[] {
  const first = firstBucket(range, intervalMs, bucketOrigin(range, intervalMs, alignMs));
  return Array.from({ length: bucketCount(range, intervalMs, alignMs) }, (_, i) => first + i * intervalMs);
}

/**
 * Index of the bucket holding `t`, or null outside the buckets. A time within one interval before the first
 * bucket counts as the first: a runner that reports a part-bucket at its own range start.
 */
export function bucketIndex(times: readonly number[], intervalMs: number, t: number): number | null {
  const first = times[0];
  if (first === undefined || t <= first - intervalMs) {
    return null;
  }
  const i = Math.max(0, Math.floor((t - first) / intervalMs));
  return i < times.length ? i : null;
}

/** The part of `range` the buckets times[first..last] cover. */
export function bucketsRange(range: TimeRange, times: readonly number[], intervalMs: number): TimeRange {
  const start = times[0] ?? range.from;
  const end = (times[times.length - 1] ?? range.from) + intervalMs;
  return { from: Math.max(range.from, start), to: Math.min(range.to, end) };
}
