import { type TrendView } from './model';

export interface Point {
  x: number;
  y: number;
}

/** The drawing area: points stay `inset` away from every edge so the last-point dot is not clipped. */
export interface SparklineBox {
  width: number;
  height: number;
  inset: number;
}

export interface SparklineShape {
  /** Runs of consecutive points with values; a null value ends a run, leaving a gap. */
  segments: Point[][];
  /** The latest point with a value. */
  last: Point | null;
}

/** Scales a trend into the box: time across (earliest left), value up (SVG y grows downwards). */
export function sparklineShape(trend: TrendView, box: SparklineBox): SparklineShape {
  const count = Math.min(trend.times.length, trend.values.length);
  const valueAt = (i: number): number | null => {
    const v = trend.values[i];
    return v !== null && v !== undefined && Number.isFinite(v) ? v : null;
  };
  const times: [number, number] = [Infinity, -Infinity];
  const values: [number, number] = [Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    widen(times, trend.times[i] ?? NaN);
    const v = valueAt(i);
    if (v !== null) {
      widen(values, v);
    }
  }
  if (values[0] === Infinity) {
    return { segments: [], last: null };
  }
  const right = box.width - box.inset;
  const bottom = box.height - box.inset;
  // One instant sits at the right (it is the latest); a flat series runs through the middle.
  const x = scale(times, [box.inset, right], right);
  const y = scale(values, [bottom, box.inset], (box.inset + bottom) / 2);
  const segments: Point[][] = [];
  let run: Point[] = [];
  let last: Point | null = null;
  for (let i = 0; i < count; i++) {
    const v = valueAt(i);
    if (v === null) {
      run = [];
      continue;
    }
    if (run.length === 0) {
      segments.push(run);
    }
    last = { x: x(trend.times[i] ?? NaN), y: y(v) };
    run.push(last);
  }
  return { segments, last };
}

/** Linear map of the domain onto the range; an empty domain maps everything to `flat`. */
function scale([d0, d1]: [number, number], [r0, r1]: [number, number], flat: number): (v: number) => number {
  return d1 === d0 ? () => flat : (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Widens [min, max] to take in the value. */
function widen(extent: [number, number], v: number): void {
  extent[0] = Math.min(extent[0], v);
  extent[1] = Math.max(extent[1], v);
}

/** An SVG `points` attribute, rounded to hundredths. */
export const polylinePoints = (points: Point[]): string => points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');

const round = (v: number) => Math.round(v * 100) / 100;
