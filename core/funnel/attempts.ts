import { matches, sameValues } from './match';
import { type FunnelEvent, type FunnelJourney } from './types';

/** One attempt of one customer: its level and the indexes (into the customer's events) of its steps. */
export interface Attempt {
  entry: number;
  level: number;
  /** Indexes of steps 1..level (unordered: of the events that added a new stage, in order). */
  steps: number[];
}

export interface AttemptContext {
  /** The customer's events in order (time, then the source's row order). */
  events: readonly FunnelEvent[];
  journey: FunnelJourney;
  now: number;
}

/** Events after the entry a step may use: inside the window from the entry, not after now, same held values. */
function usable(ctx: AttemptContext, entry: number, j: number): boolean {
  const e = ctx.events[j];
  const first = ctx.events[entry];
  if (e === undefined || first === undefined) {
    return false;
  }
  return (
    e.time - first.time <= ctx.journey.windowMs &&
    e.time <= ctx.now &&
    sameValues(e, first, ctx.journey.holdConstant ?? [])
  );
}

const stageMatches = (ctx: AttemptContext, j: number, k: number): boolean => {
  const e = ctx.events[j];
  const stage = ctx.journey.stages[k];
  return e !== undefined && stage !== undefined && matches(e, stage.match);
};

const withinOk = (ctx: AttemptContext, k: number, gap: number): boolean => {
  const limit = ctx.journey.stages[k]?.withinMs;
  return limit === undefined || gap <= limit;
};

/** Events past the entry that can be steps (window, now, held values), in order; the window ends the scan. */
function candidates(ctx: AttemptContext, entry: number): number[] {
  const entryTime = ctx.events[entry]?.time ?? 0;
  const out: number[] = [];
  for (let j = entry + 1; j < ctx.events.length; j++) {
    if ((ctx.events[j]?.time ?? Infinity) - entryTime > ctx.journey.windowMs) {
      break;
    }
    if (usable(ctx, entry, j)) {
      out.push(j);
    }
  }
  return out;
}

/**
 * Ordered: the longest chain e1 < e2 < … (each matching its stage, each `within` of the one before), then of
 * the chains that long the earliest (each step as early as a chain to that level allows).
 */
export function orderedAttempt(ctx: AttemptContext, entry: number): Attempt {
  const n = ctx.journey.stages.length;
  const times = (j: number) => ctx.events[j]?.time ?? 0;
  const pool = candidates(ctx, entry);
  // latest time at which a chain reaches stage k (index k), so far
  const last: Array<number | undefined> = [times(entry)];
  for (const j of pool) {
    const reached: number[] = [];
    for (let k = 1; k < n; k++) {
      const prev = last[k - 1];
      if (prev !== undefined && stageMatches(ctx, j, k) && withinOk(ctx, k, times(j) - prev)) {
        reached.push(k);
      }
    }
    for (const k of reached) {
      last[k] = times(j);
    }
  }
  let level = 1;
  while (level < n && last[level] !== undefined) {
    level++;
  }
  return { entry, level, steps: earliestChain(ctx, entry, pool, level) };
}

/** Step indexes of the earliest chain reaching `level`: suffixes are checked backwards, steps picked forwards. */
function earliestChain(ctx: AttemptContext, entry: number, pool: number[], level: number): number[] {
  const times = (j: number) => ctx.events[j]?.time ?? 0;
  // finishes[k] holds the candidates that can be stage k of a chain reaching `level`
  const finishes: Array<Set<number>> = Array.from({ length: level }, () => new Set<number>());
  const earliest: Array<number | undefined> = [];
  for (let p = pool.length - 1; p >= 0; p--) {
    const j = pool[p] ?? 0;
    const ok: number[] = [];
    for (let k = 1; k < level; k++) {
      const next = earliest[k + 1];
      const tail = k === level - 1 || (next !== undefined && withinOk(ctx, k + 1, next - times(j)));
      if (stageMatches(ctx, j, k) && tail) {
        ok.push(k);
      }
    }
    for (const k of ok) {
      finishes[k]?.add(j);
      earliest[k] = times(j);
    }
  }
  const steps = [entry];
  let prev = entry;
  for (let k = 1; k < level; k++) {
    const from = prev;
    const pick = pool.find((j) => j > from && finishes[k]?.has(j) === true && withinOk(ctx, k, times(j) - times(from)));
    if (pick === undefined) {
      break;
    }
    steps.push(pick);
    prev = pick;
  }
  return steps;
}

/** Strict: each step is the customer's very next event; any other event (or the window's end) ends the attempt. */
export function strictAttempt(ctx: AttemptContext, entry: number): Attempt {
  const steps = [entry];
  const n = ctx.journey.stages.length;
  for (let j = entry + 1, k = 1; k < n && j < ctx.events.length; j++, k++) {
    const prev = ctx.events[steps[steps.length - 1] ?? entry]?.time ?? 0;
    const gap = (ctx.events[j]?.time ?? 0) - prev;
    if (!usable(ctx, entry, j) || !stageMatches(ctx, j, k) || !withinOk(ctx, k, gap)) {
      break;
    }
    steps.push(j);
  }
  return { entry, level: steps.length, steps };
}

/** Unordered: the distinct stages met from the entry event through entry + W; steps are where a new one was met. */
export function unorderedAttempt(ctx: AttemptContext, entry: number): Attempt {
  const met = new Set<number>();
  const steps: number[] = [];
  const meet = (j: number) => {
    const before = met.size;
    ctx.journey.stages.forEach((_, k) => {
      if (stageMatches(ctx, j, k)) {
        met.add(k);
      }
    });
    if (met.size > before) {
      steps.push(j);
    }
  };
  meet(entry);
  for (const j of candidates(ctx, entry)) {
    meet(j);
  }
  return { entry, level: met.size, steps };
}

/** Whether event j can start an attempt (first stage, or any stage when unordered). */
export function startsAttempt(ctx: AttemptContext, j: number): boolean {
  if (ctx.journey.order !== 'unordered') {
    return stageMatches(ctx, j, 0);
  }
  return ctx.journey.stages.some((_, k) => stageMatches(ctx, j, k));
}
