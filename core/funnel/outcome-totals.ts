import { type FunnelOutcomes } from './outcomes';
import { type FunnelJourney, type FunnelStageTotals, type FunnelValue } from './types';

/** Breakdown values in text order, the missing value last. */
export function compareValues(a: FunnelValue, b: FunnelValue): number {
  if (a === b) {
    return 0;
  }
  if (a === null || b === null) {
    return a === null ? 1 : -1;
  }
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** The median of ascending values, null when there are none. */
export function median(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) {
    return null;
  }
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Core `stageTotals` over outcome rows, per slot in one pass: `slotOf[group]` is the slot a group's rows count
 * in (-1: none). Same numbers as stageTotals (times sorted ascending, summed in that order).
 */
export function outcomeTotals(
  o: FunnelOutcomes,
  journey: FunnelJourney,
  slotOf: Int32Array,
  slots: number
): FunnelStageTotals[][] {
  const n = journey.stages.length;
  const width = n + 1;
  const reached = new Float64Array(slots * width);
  const open = new Float64Array(slots * width);
  for (let i = 0; i < o.size; i++) {
    const s = slotOf[o.group[i] ?? 0] ?? -1;
    if (s >= 0) {
      const at = s * width;
      const r = at + Math.min(o.level[i] ?? 0, n);
      const p = at + Math.min(Math.max(o.open[i] ?? 0, 0), n);
      reached[r] = (reached[r] ?? 0) + 1;
      open[p] = (open[p] ?? 0) + 1;
    }
  }
  // per slot and stage k: customers whose level (open level) is above k
  const counts = new Float64Array(slots * width);
  const inProgress = new Float64Array(slots * width);
  for (let s = 0; s < slots; s++) {
    let r = 0;
    let p = 0;
    for (let k = n - 1; k >= 0; k--) {
      r += reached[s * width + k + 1] ?? 0;
      p += open[s * width + k + 1] ?? 0;
      counts[s * width + k] = r;
      inProgress[s * width + k] = p;
    }
  }
  const timed = journey.order !== 'unordered';
  const gaps: Float64Array[] = [];
  const filled = new Int32Array(slots * width);
  for (let s = 0; s < slots; s++) {
    for (let k = 0; k < n; k++) {
      gaps.push(new Float64Array(timed && k > 0 ? (counts[s * width + k] ?? 0) : 0));
    }
  }
  if (timed) {
    for (let i = 0; i < o.size; i++) {
      const s = slotOf[o.group[i] ?? 0] ?? -1;
      const level = Math.min(o.level[i] ?? 0, n);
      const at = o.stepStart[i] ?? 0;
      for (let k = 1; s >= 0 && k < level; k++) {
        const row = gaps[s * n + k] as Float64Array;
        const f = filled[s * n + k] ?? 0;
        row[f] = ((o.steps[at + k] ?? 0) - (o.steps[at + k - 1] ?? 0)) / 1000;
        filled[s * n + k] = f + 1;
      }
    }
  }
  return Array.from({ length: slots }, (_, s) =>
    journey.stages.map((stage, k) => {
      const times = (gaps[s * n + k] as Float64Array).sort();
      let sum = 0;
      for (let t = 0; t < times.length; t++) {
        sum += times[t] ?? 0;
      }
      return {
        stage: stage.id,
        value: counts[s * width + k] ?? 0,
        inProgress: inProgress[s * width + k] ?? 0,
        medianTimeToConvert: median(times),
        meanTimeToConvert: times.length === 0 ? null : sum / times.length,
      };
    })
  );
}

/** The funnel's totals and, when split, per breakdown value (text order, missing last). */
export function funnelTotals(o: FunnelOutcomes, journey: FunnelJourney, split: boolean) {
  const groups = o.values.length;
  const [stages = []] = outcomeTotals(o, journey, new Int32Array(Math.max(groups, 1)), 1);
  if (!split) {
    return { stages, groups: [] };
  }
  const order = o.values.map((_, g) => g).sort((a, b) => compareValues(o.values[a] ?? null, o.values[b] ?? null));
  const slotOf = new Int32Array(groups);
  order.forEach((g, s) => (slotOf[g] = s));
  const totals = outcomeTotals(o, journey, slotOf, groups);
  return { stages, groups: order.map((g, s) => ({ breakdown: o.values[g] ?? null, stages: totals[s] ?? [] })) };
}
