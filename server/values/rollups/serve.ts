import { type SqlRow } from '../../store/sql';
import { type BucketGrid } from '../engine/buckets';
import { type TimeRange } from '../types';
import { type RollupCalc } from './calc';
import { type BucketStates, type Rollups } from './rollup-store';
import { ingredients, mergeOf, mergeStates } from './states';

export interface RollupRequest {
  range: TimeRange;
  grid: BucketGrid;
  signal?: AbortSignal;
}

const floorTo = (t: number, step: number) => Math.floor(t / step) * step;
const ceilTo = (t: number, step: number) => Math.ceil(t / step) * step;

/**
 * Which part of a request whole slots cover: [from, to) slot-aligned inside the range and the grid, with
 * every bucket boundary inside it on a slot boundary. Null when no slot fits or a boundary cuts a slot.
 */
export function slotWindow(
  req: RollupRequest,
  slotMs: number
): { lo: number; from: number; to: number; hi: number } | null {
  const lo = Math.max(req.range.from, req.grid.starts[0] ?? Infinity);
  const hi = Math.min(req.range.to, req.grid.end);
  const from = ceilTo(lo, slotMs);
  const to = floorTo(hi, slotMs);
  if (!(from < to)) {
    return null;
  }
  const cut = [...req.grid.starts, req.grid.end].some((b) => b > from && b < to && b % slotMs !== 0);
  return cut ? null : { lo, from, to, hi };
}

function merged(parts: BucketStates[], calc: RollupCalc): SqlRow[] {
  const all: BucketStates = new Map();
  const merge = mergeOf(calc.aggregate);
  for (const part of parts) {
    for (const [bucket, state] of part) {
      const seen = all.get(bucket);
      all.set(bucket, seen === undefined ? state : mergeStates(seen, state, merge));
    }
  }
  return [...all]
    .sort(([a], [b]) => a - b)
    .map(([bucket, state]) => ({ bucket, ...ingredients(calc.aggregate, state) }));
}

/**
 * The rows the unaggregated measure query would give (bucket + ingredients), from the pre-aggregate for whole
 * slots and from the events for the edges; null when the request is better read from the events alone, or while
 * the pre-aggregate is being built (a query never waits for a build).
 */
export async function rowsFromRollups(
  rollups: Rollups,
  calc: RollupCalc,
  req: RollupRequest
): Promise<SqlRow[] | null> {
  const window = slotWindow(req, calc.slotMs);
  if (window === null || !(await rollups.ready(calc))) {
    return null;
  }
  const options = req.signal === undefined ? {} : { signal: req.signal };
  const { lo, from, to, hi } = window;
  const parts = await Promise.all([
    rollups.read(calc, req.grid, from, to, options),
    ...(lo < from ? [rollups.raw(calc, req.grid, lo, from, options)] : []),
    ...(to < hi ? [rollups.raw(calc, req.grid, to, hi, options)] : []),
  ]);
  return merged(parts, calc);
}
