import { type BreakdownKey, type SeriesPoints, type ValuePoint } from '../types';
import { type BucketGrid, bucketIndex } from './buckets';

/** A series with one point per bucket of its plan, in time order. */
export interface Series {
  breakdown?: BreakdownKey;
  points: ValuePoint[];
}

export const emptyPoints = (times: readonly number[]): ValuePoint[] => times.map((time) => ({ time, value: null }));

/** Puts a runner's points into the buckets (their times become the bucket starts); empty buckets get null. */
export function fillBuckets(points: readonly ValuePoint[], grid: BucketGrid): ValuePoint[] {
  const filled = emptyPoints(grid.starts);
  for (const point of points) {
    const i = bucketIndex(grid, point.time);
    const time = i === null ? undefined : grid.starts[i];
    if (i !== null && time !== undefined) {
      filled[i] = { ...point, time };
    }
  }
  return filled;
}

export const breakdownId = (key: BreakdownKey | undefined): string =>
  key === undefined ? '' : JSON.stringify([key.column, key.value]);

/** Null (no value) sorts last. */
function byBreakdown(a: Series, b: Series): number {
  const x = a.breakdown?.value ?? null;
  const y = b.breakdown?.value ?? null;
  if (x === y) {
    return 0;
  }
  return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
}

export interface PieceSeries {
  times: readonly number[];
  series: Series[];
}

/** Joins consecutive pieces into whole series: a series missing from a piece has null points there. */
export function joinPieces(pieces: readonly PieceSeries[], withBreakdown: boolean): Series[] {
  const keys = new Map<string, BreakdownKey | undefined>();
  for (const piece of pieces) {
    for (const s of piece.series) {
      keys.set(breakdownId(s.breakdown), s.breakdown);
    }
  }
  if (!withBreakdown && keys.size === 0) {
    keys.set('', undefined);
  }
  const joined = [...keys].map(([id, breakdown]): Series => {
    const points = pieces.flatMap((piece) => {
      const match = piece.series.find((s) => breakdownId(s.breakdown) === id);
      return match?.points ?? emptyPoints(piece.times);
    });
    return breakdown === undefined ? { points } : { breakdown, points };
  });
  return joined.sort(byBreakdown);
}

/** Cached results are shared between callers: make changing them fail loudly. */
export function freezeSeries(series: Series[]): Series[] {
  for (const s of series) {
    s.points.forEach((p) => {
      if (p.flags) {
        Object.freeze(p.flags);
      }
      Object.freeze(p);
    });
    Object.freeze(s.points);
    Object.freeze(s);
  }
  Object.freeze(series);
  return Object.freeze(series) === series ? series : [...series];
}

/** A runner's series over the buckets of a piece. */
export function seriesOf(result: readonly SeriesPoints[], grid: BucketGrid): Series[] {
  return result.map((s) => {
    const points = fillBuckets(s.points, grid);
    return s.breakdown === undefined ? { points } : { breakdown: s.breakdown, points };
  });
}
