import { lastCompletePeriod, periodsUpTo, periodToDate, type BucketGrid, type PeriodSpan } from '../../core/periods';
import { type Period } from '../../core/schema';
import { type TimeRange } from '../values/types';

export type ReportMode = 'complete' | 'to-date';

/** How many periods a scorecard's trend shows, the reported one last. */
export const TREND_PERIODS = 12;

export interface ReportWindow {
  period: Period;
  reported: PeriodSpan;
  /** The trend's periods as buckets, oldest first; the reported one is the last, the previous one before it. */
  grid: BucketGrid;
  /** What is computed: the trend's periods, cut at the end of data for a running period. */
  range: TimeRange;
  /** The reported period is still running. */
  partial: boolean;
}

/**
 * The reported period for a range ending at `to`: the latest complete period ending at or before it (never one
 * still running at `now`), or with 'to-date' the period holding its last instant, computed up to `to`.
 */
export function reportWindow(
  to: number,
  now: number,
  period: Period,
  mode: ReportMode,
  timeZone: string
): ReportWindow {
  const end = Math.min(to, now);
  const reported =
    mode === 'complete' ? lastCompletePeriod(end, period, timeZone) : periodToDate(end, period, timeZone);
  const periods = periodsUpTo(reported.start, period, timeZone, TREND_PERIODS);
  const grid = { starts: periods.map((p) => p.start), end: reported.end };
  const rangeEnd = Math.min(reported.end, end);
  return {
    period,
    reported,
    grid,
    range: { from: grid.starts[0] ?? reported.start, to: rangeEnd },
    partial: rangeEnd < reported.end,
  };
}

/** The period most of the KPIs report (ties: the shorter one), which picks the scorecard's own version. */
export function commonPeriod(periods: readonly Period[]): Period {
  const order: Period[] = ['day', 'week', 'month', 'quarter', 'year'];
  const counts = order.map((p) => periods.filter((q) => q === p).length);
  const best = Math.max(...counts);
  return best === 0 ? 'month' : (order[counts.indexOf(best)] ?? 'month');
}
