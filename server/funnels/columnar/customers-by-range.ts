import { type ColumnarEvents, lowerBound } from './columnar-events';

/**
 * For each range (sorted by start, not overlapping; empty ones allowed) the customers with an event in it, in
 * customer order: the only ones a funnel over attempts entering in that range can count.
 */
export function customersByRange(ev: ColumnarEvents, ranges: ReadonlyArray<{ from: number; to: number }>): number[][] {
  const out = ranges.map((): number[] => []);
  const live = ranges.map((r, i) => ({ ...r, i })).filter((r) => r.from < r.to);
  const first = live[0];
  const last = live[live.length - 1];
  if (first === undefined || last === undefined) {
    return out;
  }
  const { time } = ev;
  for (let c = 0; c < ev.customers.length; c++) {
    const end = ev.starts[c + 1] ?? 0;
    let b = 0;
    let pushed = -1;
    for (let i = lowerBound(time, ev.starts[c] ?? 0, end, first.from); i < end; i++) {
      const t = time[i] ?? 0;
      if (t >= last.to) {
        break;
      }
      while (b < live.length && (live[b]?.to ?? 0) <= t) {
        b++;
      }
      const range = live[b];
      if (range !== undefined && range.from <= t && b !== pushed) {
        out[range.i]?.push(c);
        pushed = b;
      }
    }
  }
  return out;
}
