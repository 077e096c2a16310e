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
  const samples: Array<{ t: number; v: number | null }> = [];
  trend.times.forEach((t, i) => {
    const v = trend.values[i];
    if (v !== undefined) {
      samples.push({ t, v: v !== null && Number.isFinite(v) ? v : null });
    }
  });
  const present = samples.flatMap((s) => (s.v === null ? [] : [s.v]));
  if (present.length === 0) {
    return { segments: [], last: null };
  }
  const right = box.width - box.inset;
  const bottom = box.height - box.inset;
  // One instant sits at the right (it is the latest); a flat series runs through the middle.
  const x = scale(extent(samples.map((s) => s.t)), [box.inset, right], right);
  const y = scale(extent(present), [bottom, box.inset], (box.inset + bottom) / 2);
  const segments: Point[][] = [];
  let run: Point[] = [];
  let last: Point | null = null;
  for (const { t, v } of samples) {
    if (v === null) {
      run = [];
      continue;
    }
    if (run.length === 0) {
      segments.push(run);
    }
    last = { x: x(t), y: y(v) };
    run.push(last);
  }
  return { segments, last };
}

/** Linear map of the domain onto the range; an empty domain maps everything to `flat`. */
function scale([d0, d1]: [number, number], [r0, r1]: [number, number], flat: number): (v: number) => number {
  return d1 === d0 ? () => flat : (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

function extent(values: number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return [min, max];
}

/** An SVG `points` attribute, rounded to hundredths. */
export const polylinePoints = (points: Point[]): string => points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');

const round = (v: number) => Math.round(v * 100) / 100;
