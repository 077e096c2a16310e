import { parseInterval } from '../values/interval';
import { type TimeRange } from '../values/types';
import { QueryError } from './types';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
const NICE = [1, 5, 15, 30, 60, 180, 360, 720, 1440].map((m) => m * MINUTE).concat(WEEK);
const DEFAULT_MAX_POINTS = 1000;

/** The query's own interval ('1d'), else the smallest nice interval giving at most maxDataPoints buckets. */
export function chooseInterval(
  range: TimeRange,
  q: { interval?: string; intervalMs?: number; maxDataPoints?: number }
): number {
  if (q.interval !== undefined && q.interval !== '') {
    try {
      return parseInterval(q.interval);
    } catch (err) {
      throw new QueryError(err instanceof Error ? err.message : String(err));
    }
  }
  const wanted = Math.max(q.intervalMs ?? 0, (range.to - range.from) / (q.maxDataPoints ?? DEFAULT_MAX_POINTS));
  return NICE.find((n) => n >= wanted) ?? Math.ceil(wanted / WEEK) * WEEK;
}
