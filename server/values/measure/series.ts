import { numberColumn, stringColumn, type SqlRow } from '../../store/sql';
import { type SeriesPoints } from '../types';
import { type Aggregate } from './aggregates';
import { measurePoint } from './points';

export interface SeriesOptions {
  aggregate: Aggregate;
  breakdown?: string;
  minimumSample?: number;
  /** Why a ratio's numerator is not a subset of its denominator, when it is not: every point is flagged. */
  rateGap?: string;
}

/** Rows ordered by bucket (and breakdown) → one series, or one per breakdown value (null last). */
export function measureSeries(rows: SqlRow[], opts: SeriesOptions): SeriesPoints[] {
  const { breakdown } = opts;
  const series = new Map<string | null, SeriesPoints>();
  if (breakdown === undefined) {
    series.set(null, { points: [] });
  }
  for (const row of rows) {
    const key = breakdown === undefined ? null : stringColumn(row, 'breakdown');
    let s = series.get(key);
    if (s === undefined) {
      s = breakdown === undefined ? { points: [] } : { breakdown: { column: breakdown, value: key }, points: [] };
      series.set(key, s);
    }
    const time = numberColumn(row, 'bucket') ?? 0;
    s.points.push(measurePoint(opts.aggregate, row, time, opts));
  }
  return [...series.entries()].sort(([a], [b]) => compareBreakdowns(a, b)).map(([, s]) => s);
}

/** Breakdown values in text order, the missing value last. */
export function compareBreakdowns(a: string | null, b: string | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null || b === null) {
    return a === null ? 1 : -1;
  }
  return a < b ? -1 : 1;
}
