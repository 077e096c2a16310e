import { type CustomerFunnel, type FunnelJourney, type FunnelStageTotals } from '../../../core/funnel';

/** Core `stageTotals` in one pass per stage over typed arrays: the same numbers (same sort and summing order). */
export function stageTotalsTyped(customers: readonly CustomerFunnel[], journey: FunnelJourney): FunnelStageTotals[] {
  const n = journey.stages.length;
  const reached = new Float64Array(n + 1);
  const open = new Float64Array(n + 1);
  for (const c of customers) {
    const level = Math.min(c.level, n);
    const reaching = Math.min(Math.max(c.open, 0), n);
    reached[level] = (reached[level] ?? 0) + 1;
    open[reaching] = (open[reaching] ?? 0) + 1;
  }
  let reachedAbove = 0;
  let openAbove = 0;
  const counts = new Float64Array(n);
  const inProgress = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    reachedAbove += reached[k + 1] ?? 0;
    openAbove += open[k + 1] ?? 0;
    counts[k] = reachedAbove;
    inProgress[k] = openAbove;
  }
  const timed = journey.order !== 'unordered';
  const gaps = timed ? Array.from({ length: n }, (_, k) => new Float64Array(k === 0 ? 0 : (counts[k] ?? 0))) : [];
  const filled = new Int32Array(n);
  if (timed) {
    for (const c of customers) {
      for (let k = 1; k < c.level && k < n; k++) {
        const row = gaps[k] as Float64Array;
        const at = filled[k] ?? 0;
        row[at] = ((c.steps[k] ?? 0) - (c.steps[k - 1] ?? 0)) / 1000;
        filled[k] = at + 1;
      }
    }
  }
  return journey.stages.map((stage, k) => {
    const times = k === 0 || !timed ? new Float64Array(0) : (gaps[k] as Float64Array).sort();
    let sum = 0;
    for (let i = 0; i < times.length; i++) {
      sum += times[i] ?? 0;
    }
    return {
      stage: stage.id,
      value: counts[k] ?? 0,
      inProgress: inProgress[k] ?? 0,
      medianTimeToConvert: median(times),
      meanTimeToConvert: times.length === 0 ? null : sum / times.length,
    };
  });
}

function median(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) {
    return null;
  }
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
