import {
  type CustomerFunnel,
  type FunnelEvent,
  type FunnelJourney,
  type FunnelOptions,
  type FunnelResult,
  type FunnelValue,
} from '../../../core/funnel';
import { customerFunnel, funnelResult } from '../../../core/funnel/compute';
import { type ColumnarEvents, lowerBound, TEXT_COLUMNS } from './columnar-events';
import { coveredColumns, FilterTable } from './stage-matchers';
import { stageTotalsTyped } from './stage-totals';
import { compileHeld, heldCovered, TypedAttempts } from './typed-attempts';

/** Whether the typed path can run the journey: every column it reads is one the copy holds. */
const typedPath = (j: FunnelJourney, breakdown: string | undefined): boolean =>
  coveredColumns([...j.stages.map((s) => s.match), ...(j.exclude ?? [])]) &&
  heldCovered(j.holdConstant ?? []) &&
  (breakdown === undefined || heldCovered([breakdown]));

function breakdownOf(events: ColumnarEvents, column: string | undefined, i: number): FunnelValue {
  if (column === undefined) {
    return null;
  }
  if (column === 'value') {
    const v = events.value[i] ?? NaN;
    return Number.isNaN(v) ? null : v;
  }
  const text = events.text[column as (typeof TEXT_COLUMNS)[number]];
  const c = text.codes[i] ?? -1;
  return c < 0 ? null : (text.dict[c] ?? null);
}

function stepTimes(time: Float64Array, steps: Int32Array, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    out[k] = time[steps[k] ?? 0] ?? 0;
  }
  return out;
}

/** One customer's funnel over the typed arrays (core customerFunnel). */
function typedCustomer(
  ev: ColumnarEvents,
  c: number,
  run: TypedAttempts,
  starts: (i: number) => boolean,
  excludes: FilterTable,
  range: { from: number; to: number },
  options: FunnelOptions & { windowMs: number; order: FunnelJourney['order'] },
  bestSteps: Int32Array
): CustomerFunnel | null {
  const { time } = ev;
  const n = run.n;
  const end = ev.starts[c + 1] ?? 0;
  let bestLevel = 0;
  let bestEntry = -1;
  let bestCount = 0;
  let open = 0;
  for (let i = lowerBound(time, ev.starts[c] ?? 0, end, range.from); i < end; i++) {
    const t = time[i] ?? 0;
    if (t >= range.to || t > options.now) {
      break;
    }
    if (!starts(i)) {
      continue;
    }
    const isOpen = t + options.windowMs > options.now;
    if (bestLevel === n && (!isOpen || open === n)) {
      continue;
    }
    const level = run.attempt(i, end);
    if (level > bestLevel) {
      run.fillSteps(i, end, level);
      bestLevel = level;
      bestEntry = i;
      bestCount = run.stepCount;
      for (let k = 0; k < bestCount; k++) {
        bestSteps[k] = run.steps[k] ?? 0;
      }
    }
    if (isOpen && level > open) {
      open = level;
    }
  }
  if (bestEntry < 0) {
    return null;
  }
  if (excludes.size > 0) {
    const last = bestSteps[bestCount - 1] ?? bestEntry;
    for (let j = bestEntry + 1; j < last; j++) {
      if (excludes.any(j)) {
        return null;
      }
    }
  }
  return {
    customer: ev.customers[c] ?? '',
    level: bestLevel,
    entry: time[bestEntry] ?? 0,
    steps: options.order === 'unordered' ? [] : stepTimes(time, bestSteps, bestCount),
    breakdown: breakdownOf(ev, options.breakdown, bestEntry),
    open,
  };
}

function eventAt(ev: ColumnarEvents, c: number, i: number): FunnelEvent {
  const e: FunnelEvent = { customer: ev.customers[c] ?? '', time: ev.time[i] ?? 0 };
  for (const col of TEXT_COLUMNS) {
    const code = ev.text[col].codes[i] ?? -1;
    e[col] = code < 0 ? null : (ev.text[col].dict[code] ?? null);
  }
  const v = ev.value[i] ?? NaN;
  e.value = Number.isNaN(v) ? null : v;
  return e;
}

/** One customer's funnel with the core attempt functions on the events a funnel over the range reads. */
function generalCustomer(
  ev: ColumnarEvents,
  c: number,
  starts: (i: number) => boolean,
  journey: FunnelJourney,
  range: { from: number; to: number },
  options: FunnelOptions
): CustomerFunnel | null {
  const { time } = ev;
  const end = ev.starts[c + 1] ?? 0;
  const lo = lowerBound(time, ev.starts[c] ?? 0, end, range.from);
  const hi = lowerBound(time, lo, end, Math.min(range.to + journey.windowMs, options.now) + 1);
  const entries = Math.min(hi, lowerBound(time, lo, end, range.to));
  let enters = false;
  for (let i = lo; i < entries && !enters; i++) {
    enters = starts(i);
  }
  if (!enters) {
    return null;
  }
  const events: FunnelEvent[] = [];
  for (let i = lo; i < hi; i++) {
    events.push(eventAt(ev, c, i));
  }
  // the events a funnel over the range reads: core's own per-customer computation gives the answer
  return customerFunnel(ev.customers[c] ?? '', events, journey, range, options);
}

/**
 * DESIGN §4b over the columnar copy: the same result as core computeFunnel on the events up to now (as the
 * engine loads them: events after now are not read). `only`: the customers to look at (others cannot enter).
 */
export function columnarFunnel(
  ev: ColumnarEvents,
  journey: FunnelJourney,
  range: { from: number; to: number },
  options: FunnelOptions,
  only?: readonly number[]
): FunnelResult {
  const customers: CustomerFunnel[] = [];
  const count = only === undefined ? ev.customers.length : only.length;
  const who = only === undefined ? (n: number) => n : (n: number) => only[n] ?? 0;
  if (typedPath(journey, options.breakdown)) {
    const stages = new FilterTable(
      ev,
      journey.stages.map((s) => s.match)
    );
    const held = compileHeld(ev, journey.holdConstant ?? []);
    const run = new TypedAttempts(ev, journey, stages, held, options.now);
    const excludes = new FilterTable(ev, journey.exclude ?? []);
    const starts = startTest(ev, journey);
    const bestSteps = new Int32Array(Math.max(1, stages.size));
    const opts = { ...options, windowMs: journey.windowMs, order: journey.order };
    for (let c = 0; c < count; c++) {
      const f = typedCustomer(ev, who(c), run, starts, excludes, range, opts, bestSteps);
      if (f !== null) {
        customers.push(f);
      }
    }
  } else {
    const starts = startTest(ev, journey);
    for (let c = 0; c < count; c++) {
      const f = generalCustomer(ev, who(c), starts, journey, range, options);
      if (f !== null) {
        customers.push(f);
      }
    }
  }
  return funnelResult(customers, journey, options.breakdown !== undefined, stageTotalsTyped);
}

/** Events that may start an attempt (exact on the typed path; on the object path a pre-check, all when not coded). */
function startTest(ev: ColumnarEvents, journey: FunnelJourney): (i: number) => boolean {
  const filters =
    journey.order === 'unordered' ? journey.stages.map((s) => s.match) : journey.stages.slice(0, 1).map((s) => s.match);
  if (!coveredColumns(filters)) {
    return () => true;
  }
  const table = new FilterTable(ev, filters);
  return table.size === 1 ? (i) => table.test(0, i) : (i) => table.any(i);
}
