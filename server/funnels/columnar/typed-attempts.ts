import { type FunnelJourney } from '../../../core/funnel';
import { type ColumnarEvents, isTextColumn, type TextColumn } from './columnar-events';
import { type MaskTable } from './stage-masks';

/** Whether event j carries entry's values of the held columns (missing equals missing), as core `sameValues`. */
export type HeldTest = (entry: number, j: number) => boolean;

export function compileHeld(ev: ColumnarEvents, columns: readonly string[]): HeldTest | null {
  if (columns.length === 0) {
    return null;
  }
  const tests = columns.map((c): HeldTest => {
    if (c === 'value') {
      const v = ev.value;
      return (a, b) => {
        const x = v[a] ?? NaN;
        const y = v[b] ?? NaN;
        return x === y || (Number.isNaN(x) && Number.isNaN(y));
      };
    }
    const codes = ev.text[c as TextColumn].codes;
    return (a, b) => codes[a] === codes[b];
  });
  return (a, b) => tests.every((t) => t(a, b));
}

export const heldCovered = (columns: readonly string[]): boolean =>
  columns.every((c) => c === 'value' || isTextColumn(c));

/**
 * The core attempt functions (core/funnel/attempts.ts) over one customer's slice of the typed arrays, with
 * reusable buffers. Each returns the attempt's level and leaves its step indexes in `steps[0, stepCount)`.
 */
export class TypedAttempts {
  readonly n: number;
  steps: Int32Array;
  stepCount = 0;
  private readonly within: Float64Array;
  private readonly anyWithin: boolean;
  private readonly last: Float64Array;
  private readonly earliest: Float64Array;
  private readonly met: Uint8Array;
  private pool = new Int32Array(256);
  private finish = new Uint8Array(1024);

  constructor(
    private readonly ev: ColumnarEvents,
    private readonly journey: FunnelJourney,
    private readonly stages: MaskTable,
    private readonly held: HeldTest | null,
    private readonly now: number
  ) {
    this.n = stages.size;
    this.steps = new Int32Array(Math.max(1, this.n));
    this.within = Float64Array.from(journey.stages, (s) => s.withinMs ?? Infinity);
    this.anyWithin = journey.stages.some((s) => s.withinMs !== undefined);
    this.last = new Float64Array(this.n + 1);
    this.earliest = new Float64Array(this.n + 1);
    this.met = new Uint8Array(this.n);
  }

  attempt(entry: number, end: number): number {
    switch (this.journey.order) {
      case 'strict':
        return this.strict(entry, end);
      case 'unordered':
        return this.unordered(entry, end);
      default:
        return this.anyWithin && this.n > 1 ? this.ordered(entry, end) : this.greedy(entry, end);
    }
  }

  /** Ordered when no stage has `within`: each step is the first match after the previous one. */
  private greedy(entry: number, end: number): number {
    const { time } = this.ev;
    const t0 = time[entry] ?? 0;
    const limit = Math.min(t0 + this.journey.windowMs, this.now);
    this.steps[0] = entry;
    let k = 1;
    for (let j = entry + 1; j < end && k < this.n; j++) {
      if ((time[j] ?? 0) > limit) {
        break;
      }
      if ((this.held === null || this.held(entry, j)) && this.stages.test(k, j)) {
        this.steps[k++] = j;
      }
    }
    this.stepCount = k;
    return k;
  }

  /** The usable events past the entry (window, now, held values) into `pool`; returns how many. */
  private collect(entry: number, end: number): number {
    const { time } = this.ev;
    const t0 = time[entry] ?? 0;
    const limit = Math.min(t0 + this.journey.windowMs, this.now);
    let size = 0;
    for (let j = entry + 1; j < end; j++) {
      if ((time[j] ?? 0) > limit) {
        break;
      }
      if (this.held === null || this.held(entry, j)) {
        if (size === this.pool.length) {
          const grown = new Int32Array(size * 2);
          grown.set(this.pool);
          this.pool = grown;
        }
        this.pool[size++] = j;
      }
    }
    return size;
  }

  /** Ordered with `within`: the longest chain's level (core orderedAttempt); its steps come from `fillSteps`. */
  private ordered(entry: number, end: number): number {
    const { time } = this.ev;
    const { n, last, within, stages, held } = this;
    const t0 = time[entry] ?? 0;
    const limit = Math.min(t0 + this.journey.windowMs, this.now);
    last.fill(NaN);
    last[0] = t0;
    // latest time a chain reaches each stage; once the last stage is reached the level cannot grow
    for (let j = entry + 1; j < end && Number.isNaN(last[n - 1] ?? NaN); j++) {
      const tj = time[j] ?? 0;
      if (tj > limit) {
        break;
      }
      if (held !== null && !held(entry, j)) {
        continue;
      }
      for (let k = n - 1; k >= 1; k--) {
        if (tj - (last[k - 1] ?? NaN) <= (within[k] ?? Infinity) && stages.test(k, j)) {
          last[k] = tj;
        }
      }
    }
    let level = 1;
    while (level < n && !Number.isNaN(last[level] ?? NaN)) {
      level++;
    }
    this.stepCount = -1;
    return level;
  }

  /** The steps of the attempt just made at `entry` (ordered with `within` computes them only when asked). */
  fillSteps(entry: number, end: number, level: number): void {
    if (this.stepCount < 0 && level <= 1) {
      this.steps[0] = entry;
      this.stepCount = 1;
    } else if (this.stepCount < 0) {
      this.chain(entry, this.collect(entry, end), level);
    }
  }

  /** Step indexes of the earliest chain reaching `level` (core earliestChain). */
  private chain(entry: number, size: number, level: number): void {
    const { time } = this.ev;
    const { within, stages, earliest } = this;
    const pool = this.pool;
    if (this.finish.length < size * level) {
      this.finish = new Uint8Array(size * level * 2);
    }
    const finish = this.finish;
    earliest.fill(NaN);
    for (let p = size - 1; p >= 0; p--) {
      const j = pool[p] ?? 0;
      const tj = time[j] ?? 0;
      const row = p * level;
      for (let k = 1; k < level; k++) {
        const next = earliest[k + 1] ?? NaN;
        const tail = k === level - 1 || (!Number.isNaN(next) && next - tj <= (within[k + 1] ?? Infinity));
        if (tail && stages.test(k, j)) {
          finish[row + k] = 1;
          earliest[k] = tj;
        } else {
          finish[row + k] = 0;
        }
      }
    }
    this.steps[0] = entry;
    let count = 1;
    let prev = entry;
    let from = 0;
    for (let k = 1; k < level; k++) {
      let found = -1;
      const tPrev = time[prev] ?? 0;
      for (let p = from; p < size; p++) {
        const j = pool[p] ?? 0;
        if (finish[p * level + k] === 1 && (time[j] ?? 0) - tPrev <= (within[k] ?? Infinity)) {
          found = p;
          break;
        }
      }
      if (found < 0) {
        break;
      }
      prev = pool[found] ?? 0;
      this.steps[count++] = prev;
      from = found + 1;
    }
    this.stepCount = count;
  }

  /** Strict: each step is the customer's very next event (core strictAttempt). */
  private strict(entry: number, end: number): number {
    const { time } = this.ev;
    const t0 = time[entry] ?? 0;
    this.steps[0] = entry;
    let count = 1;
    for (let j = entry + 1, k = 1; k < this.n && j < end; j++, k++) {
      const tj = time[j] ?? 0;
      const gap = tj - (time[this.steps[count - 1] ?? entry] ?? 0);
      const usable = tj - t0 <= this.journey.windowMs && tj <= this.now && (this.held === null || this.held(entry, j));
      if (!usable || !this.stages.test(k, j) || !(gap <= (this.within[k] ?? Infinity))) {
        break;
      }
      this.steps[count++] = j;
    }
    this.stepCount = count;
    return count;
  }

  /** Unordered: distinct stages met from the entry through entry + W (core unorderedAttempt). */
  private unordered(entry: number, end: number): number {
    const { met, stages, n } = this;
    met.fill(0);
    let level = 0;
    let count = 0;
    const meet = (j: number) => {
      const before = level;
      for (let k = 0; k < n; k++) {
        if (met[k] === 0 && stages.test(k, j)) {
          met[k] = 1;
          level++;
        }
      }
      if (level > before) {
        this.steps[count++] = j;
      }
    };
    meet(entry);
    const size = this.collect(entry, end);
    for (let p = 0; p < size; p++) {
      meet(this.pool[p] ?? 0);
    }
    this.stepCount = count;
    return level;
  }
}
