import { instantOf, localFields, naiveMs } from './zone';

const DAY = 86_400_000;
// 1970-01-05 was a Monday: weeks of buckets start on Mondays
const MONDAY = 4;

/** Consecutive buckets: bucket i is [starts[i], starts[i + 1] ?? end). */
export interface BucketGrid {
  starts: number[];
  end: number;
}

export interface GridRange {
  from: number;
  to: number;
}

/** Local calendar day number (days since 1970-01-01 on the zone's wall clock) of instant t. */
const localDay = (t: number, timeZone: string): number => Math.floor(naiveMs(localFields(t, timeZone)) / DAY);

const dayStart = (day: number, timeZone: string): number => instantOf(day * DAY, timeZone);

function calendarGrid(range: GridRange, days: number, timeZone: string): BucketGrid {
  const anchor = days % 7 === 0 ? MONDAY : 0;
  let day = anchor + Math.floor((localDay(range.from, timeZone) - anchor) / days) * days;
  const starts: number[] = [];
  let start = dayStart(day, timeZone);
  while (start < range.to) {
    starts.push(start);
    day += days;
    start = dayStart(day, timeZone);
  }
  return { starts, end: start };
}

function fixedGrid(range: GridRange, intervalMs: number, origin: number): BucketGrid {
  const first = origin + Math.floor((range.from - origin) / intervalMs) * intervalMs;
  const count = Math.ceil((range.to - first) / intervalMs);
  const starts = Array.from({ length: count }, (_, i) => first + i * intervalMs);
  return { starts, end: first + count * intervalMs };
}

/**
 * Buckets of `intervalMs` covering [from, to) in the zone: whole days and weeks follow the local calendar
 * (midnight to midnight, weeks from Monday, so a DST day lasts 23 or 25 hours); shorter or uneven intervals are
 * fixed widths from the local midnight of `from`'s day. An interval as long as the range gives one bucket [from, to).
 * With `alignMs`, fixed widths from that origin instead.
 */
export function intervalGrid(range: GridRange, intervalMs: number, timeZone: string, alignMs?: number): BucketGrid {
  if (alignMs !== undefined) {
    return fixedGrid(range, intervalMs, alignMs);
  }
  if (intervalMs >= range.to - range.from) {
    return { starts: [range.from], end: Math.max(range.to, range.from + intervalMs) };
  }
  if (intervalMs % DAY === 0) {
    return calendarGrid(range, intervalMs / DAY, timeZone);
  }
  return fixedGrid(range, intervalMs, dayStart(localDay(range.from, timeZone), timeZone));
}
