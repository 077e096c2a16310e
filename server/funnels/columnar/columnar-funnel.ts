import {
  type FunnelEvent,
  type FunnelJourney,
  type FunnelOptions,
  type FunnelResult,
  type FunnelValue,
} from '../../../core/funnel';
import { customerFunnel } from '../../../core/funnel/compute';
import { funnelTotals } from '../../../core/funnel/outcome-totals';
import { FunnelOutcomes } from '../../../core/funnel/outcomes';
import { type ColumnarEvents, lowerBound, TEXT_COLUMNS, type TextColumn } from './columnar-events';
import { maskableColumns, type MaskTable, stageMasks } from './stage-masks';
import { compileHeld, heldCovered, TypedAttempts } from './typed-attempts';

const lastSize = new WeakMap<ColumnarEvents, number>();

/** Whether the typed path can run the journey: every column it reads is one the copy holds. */
const typedPath = (j: FunnelJourney, breakdown: string | undefined): boolean =>
  maskableColumns([...j.stages.map((s) => s.match), ...(j.exclude ?? [])]) &&
  heldCovered(j.holdConstant ?? []) &&
  (breakdown === undefined || heldCovered([breakdown]));

/** The breakdown group of event i's value: text codes resolved once per code, numbers per event. */
function groupResolver(ev: ColumnarEvents, column: string | undefined, out: FunnelOutcomes): (i: number) => number {
  if (column === undefined) {
    return () => 0;
  }
  if (column === 'value') {
    return (i) => {
      const v = ev.value[i] ?? NaN;
      return out.groupOf(Number.isNaN(v) ? null : v);
    };
  }
  const { codes, dict } = ev.text[column as TextColumn];
  const byCode = new Int32Array(dict.length + 1).fill(-1);
  return (i) => {
    const c = (codes[i] ?? -1) + 1;
    let g = byCode[c] ?? -1;
    if (g < 0) {
      const value: FunnelValue = c === 0 ? null : (dict[c - 1] ?? null);
      g = out.groupOf(value);
      byCode[c] = g;
    }
    return g;
  };
}

interface TypedQuery {
  ev: ColumnarEvents;
  run: TypedAttempts;
  stages: MaskTable;
  excludes: MaskTable | null;
  /** Stage bits that start an attempt: the first stage, or any stage when unordered. */
  unordered: boolean;
  from: number;
  to: number;
  now: number;
  windowMs: number;
  timed: boolean;
  group: (i: number) => number;
  bestSteps: Int32Array;
  stepTimes: Float64Array;
  out: FunnelOutcomes;
}

/** One customer's counted attempt over the typed arrays (core customerFunnel), appended to `q.out`. */
function typedCustomer(q: TypedQuery, c: number): void {
  const { ev, run, stages, from, to, now, windowMs, bestSteps } = q;
  const { time } = ev;
  const n = run.n;
  const end = ev.starts[c + 1] ?? 0;
  let bestLevel = 0;
  let bestEntry = -1;
  let bestCount = 0;
  let open = 0;
  for (let i = lowerBound(time, ev.starts[c] ?? 0, end, from); i < end; i++) {
    const t = time[i] ?? 0;
    if (t >= to || t > now) {
      break;
    }
    if (!(q.unordered ? stages.any(i) : stages.test(0, i))) {
      continue;
    }
    const isOpen = t + windowMs > now;
    if (bestLevel === n && (!isOpen || open === n)) {
      continue;
    }
    const level = run.attempt(i, end);
    if (level > bestLevel) {
      run.fillSteps(i, end, level);
      bestLevel = level;
      bestEntry = i;
      bestCount = run.stepCount;
      bestSteps.set(run.steps.subarray(0, bestCount));
    }
    if (isOpen && level > open) {
      open = level;
    }
  }
  if (bestEntry < 0) {
    return;
  }
  if (q.excludes !== null) {
    const last = bestSteps[bestCount - 1] ?? bestEntry;
    for (let j = bestEntry + 1; j < last; j++) {
      if (q.excludes.any(j)) {
        return;
      }
    }
  }
  const count = q.timed ? bestCount : 0;
  for (let k = 0; k < count; k++) {
    q.stepTimes[k] = time[bestSteps[k] ?? 0] ?? 0;
  }
  q.out.add(c, bestLevel, time[bestEntry] ?? 0, open, q.group(bestEntry), q.stepTimes, count);
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
  options: FunnelOptions,
  out: FunnelOutcomes
): void {
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
    return;
  }
  const events: FunnelEvent[] = [];
  for (let i = lo; i < hi; i++) {
    events.push(eventAt(ev, c, i));
  }
  // the events a funnel over the range reads: core's own per-customer computation gives the answer
  const f = customerFunnel(ev.customers[c] ?? '', events, journey, range, options);
  if (f !== null) {
    const group = options.breakdown === undefined ? 0 : out.groupOf(f.breakdown);
    out.add(c, f.level, f.entry, f.open, group, f.steps, f.steps.length);
  }
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
  // room for about as many customers as the last funnel on this copy had (no regrowing each query)
  const out = new FunnelOutcomes(ev.customers, journey.order !== 'unordered', lastSize.get(ev) ?? 64);
  const count = only === undefined ? ev.customers.length : only.length;
  if (typedPath(journey, options.breakdown)) {
    const stages = stageMasks(
      ev,
      journey.stages.map((s) => s.match)
    );
    const held = compileHeld(ev, journey.holdConstant ?? []);
    const q: TypedQuery = {
      ev,
      run: new TypedAttempts(ev, journey, stages, held, options.now),
      stages,
      excludes: (journey.exclude ?? []).length === 0 ? null : stageMasks(ev, journey.exclude ?? []),
      unordered: journey.order === 'unordered',
      from: range.from,
      to: range.to,
      now: options.now,
      windowMs: journey.windowMs,
      timed: journey.order !== 'unordered',
      group: groupResolver(ev, options.breakdown, out),
      bestSteps: new Int32Array(Math.max(1, stages.size)),
      stepTimes: new Float64Array(Math.max(1, stages.size)),
      out,
    };
    if (only === undefined) {
      for (let c = 0; c < count; c++) {
        typedCustomer(q, c);
      }
    } else {
      for (let c = 0; c < count; c++) {
        typedCustomer(q, only[c] ?? 0);
      }
    }
  } else {
    const starts = startTest(ev, journey);
    for (let c = 0; c < count; c++) {
      generalCustomer(ev, only === undefined ? c : (only[c] ?? 0), starts, journey, range, options, out);
    }
  }
  lastSize.set(ev, Math.ceil(out.size * 1.25));
  return { ...funnelTotals(out, journey, options.breakdown !== undefined), outcomes: out };
}

/** Events that may start an attempt (exact on the typed path; on the object path a pre-check, all when not coded). */
function startTest(ev: ColumnarEvents, journey: FunnelJourney): (i: number) => boolean {
  const filters =
    journey.order === 'unordered' ? journey.stages.map((s) => s.match) : journey.stages.slice(0, 1).map((s) => s.match);
  if (!maskableColumns(filters)) {
    return () => true;
  }
  const table = stageMasks(ev, filters);
  return (i) => table.any(i);
}
