import { type DuplicatePair } from './app-api';
import { canonicalJson } from './canonical';
import { type Calculation, type Period } from './schema';

/** Pearson's r of paired samples; null with fewer than two pairs or when either side never varies. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) {
    return null;
  }
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) {
    return null;
  }
  // rounding can carry |r| a hair past 1
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

type FilterValue = string | number | boolean | Array<string | number | boolean>;

/** A filter as compared: lists sorted, a one-value list as that value. */
function sameFilter(filter: Record<string, FilterValue> | undefined): Record<string, FilterValue> | undefined {
  if (filter === undefined) {
    return undefined;
  }
  const out: Record<string, FilterValue> = {};
  for (const [column, value] of Object.entries(filter)) {
    const list = Array.isArray(value) ? [...value].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1)) : [];
    out[column] = !Array.isArray(value) ? value : list.length === 1 && list[0] !== undefined ? list[0] : list;
  }
  return out;
}

/** The text equal calculations share; null for manual KPIs, whose values are each KPI's own check-ins. */
export function calculationKey(calculation: Calculation): string | null {
  if ('manual' in calculation) {
    return null;
  }
  if ('measure' in calculation && calculation.measure.aggregate !== 'conversion') {
    const m = calculation.measure;
    const filters = {
      filter: sameFilter(m.filter),
      numerator: sameFilter(m.numerator),
      denominator: sameFilter(m.denominator),
    };
    return canonicalJson({ measure: { ...m, ...filters } });
  }
  return canonicalJson(calculation);
}

/** Pairs (a < b by id) of KPIs with the same calculation and filters. */
export function samePairs(kpis: ReadonlyArray<{ id: string; calculation: Calculation }>): Array<[string, string]> {
  const groups = new Map<string, string[]>();
  for (const k of kpis) {
    const key = calculationKey(k.calculation);
    if (key !== null) {
      groups.set(key, [...(groups.get(key) ?? []), k.id]);
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const ids of groups.values()) {
    const sorted = [...ids].sort();
    sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.push([a, b])));
  }
  return pairs.sort((x, y) => (x[0] + '\0' + x[1] < y[0] + '\0' + y[1] ? -1 : 1));
}

/** One value per period start (epoch ms); null where the period has no value. */
export interface PeriodValue {
  time: number;
  value: number | null;
}

/** A KPI's values on its own periods, and on months when KPIs of other periods are compared with it. */
export interface KpiSeries {
  id: string;
  period: Period;
  own: readonly PeriodValue[];
  monthly?: readonly PeriodValue[];
}

/** KPIs whose values are also needed per month: those of a period other than month when periods differ. */
export function needsMonthly(kpis: ReadonlyArray<{ id: string; period: Period }>): string[] {
  const periods = new Set(kpis.map((k) => k.period));
  return periods.size < 2 ? [] : kpis.filter((k) => k.period !== 'month').map((k) => k.id);
}

/** r over the periods both have a value for, and how many those are. */
export function pairCorrelation(a: KpiSeries, b: KpiSeries): { r: number | null; periods: number } {
  const same = a.period === b.period;
  const left = same ? a.own : a.period === 'month' ? a.own : a.monthly;
  const right = same ? b.own : b.period === 'month' ? b.own : b.monthly;
  const values = new Map((right ?? []).flatMap((p) => (p.value === null ? [] : [[p.time, p.value] as const])));
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of left ?? []) {
    const y = values.get(p.time);
    if (p.value !== null && y !== undefined) {
      xs.push(p.value);
      ys.push(y);
    }
  }
  return { r: pearson(xs, ys), periods: xs.length };
}

export interface DuplicateOptions {
  threshold: number;
  /** Fewest periods both KPIs need values for before r counts. */
  minPeriods: number;
}

/**
 * Same-calculation pairs first (with r where known), then pairs whose values correlate at or above the
 * threshold, strongest first; ids in a pair in order (a < b).
 */
export function duplicatePairs(
  kpis: ReadonlyArray<{ id: string; calculation: Calculation }>,
  series: readonly KpiSeries[],
  opts: DuplicateOptions
): DuplicatePair[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  const correlation = (a: string, b: string) => {
    const sa = byId.get(a);
    const sb = byId.get(b);
    const c = sa && sb ? pairCorrelation(sa, sb) : { r: null, periods: 0 };
    return { correlation: c.periods >= opts.minPeriods ? c.r : null, periods: c.periods };
  };
  const same = samePairs(kpis).map(
    ([a, b]): DuplicatePair => ({ a, b, reason: 'same-calculation', ...correlation(a, b) })
  );
  const taken = new Set(same.map((p) => `${p.a}\0${p.b}`));
  const ids = [...byId.keys()].sort();
  const correlated: DuplicatePair[] = [];
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      const c = correlation(a, b);
      if (!taken.has(`${a}\0${b}`) && c.correlation !== null && c.correlation >= opts.threshold) {
        correlated.push({ a, b, reason: 'correlated', ...c });
      }
    })
  );
  // equal r up to rounding keeps the id order
  correlated.sort((x, y) => {
    const d = (y.correlation ?? 0) - (x.correlation ?? 0);
    return Math.abs(d) > 1e-12 ? d : 0;
  });
  return [...same, ...correlated];
}
