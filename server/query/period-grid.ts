import { type Period } from '../../core/schema';
import { type BucketGrid, periodOf } from '../../core/periods';
import { type TimeRange } from '../values/types';

/** `interval: "period"`: the KPI's reporting periods that overlap the range, each computed whole, in the zone. */
export function periodGrid(
  range: TimeRange,
  period: Period,
  timeZone: string
): { grid: BucketGrid; range: TimeRange; intervalMs: number } {
  const starts: number[] = [];
  let span = periodOf(range.from, period, timeZone);
  const first = span;
  for (;;) {
    starts.push(span.start);
    if (span.end >= range.to) {
      break;
    }
    span = periodOf(span.end, period, timeZone);
  }
  return {
    grid: { starts, end: span.end },
    range: { from: first.start, to: span.end },
    intervalMs: first.end - first.start,
  };
}
