import { type CustomerFunnel, type FunnelValue } from './types';

/** Breakdown values are compared as text (1 and "1" are one group); missing is its own group. */
export const groupKey = (value: FunnelValue): string => (value === null ? '\u0000null' : `v${String(value)}`);

const grow = <T extends Int32Array | Float64Array>(a: T, size: number, make: (k: number) => T): T => {
  if (size <= a.length) {
    return a;
  }
  const b = make(Math.max(size, a.length * 2));
  b.set(a);
  return b;
};

/**
 * The customers' counted attempts as columns (one row per customer in the funnel): what the totals and the
 * frames read, without an object per customer. Row i's step times are steps[stepStart[i], stepStart[i + 1]).
 */
export class FunnelOutcomes {
  size = 0;
  /** Index into `names`. */
  customer = new Int32Array(64);
  level = new Int32Array(64);
  open = new Int32Array(64);
  entry = new Float64Array(64);
  /** Index into `values` (the breakdown value of the entry event); 0 when the funnel is not split. */
  group = new Int32Array(64);
  steps = new Float64Array(64);
  stepStart = new Int32Array(65);
  /** The breakdown values met so far, in order of first appearance. */
  readonly values: FunnelValue[] = [];
  private readonly valueIndex = new Map<string, number>();

  /**
   * @param names customer names by index
   * @param timed whether attempts have step times (ordered and strict funnels; not unordered)
   * @param capacity rows to make room for at once (a hint: they grow anyway)
   */
  constructor(
    readonly names: readonly string[],
    readonly timed = true,
    capacity = 64
  ) {
    if (capacity > 64) {
      this.growRows(capacity);
    }
  }

  /** The group index of a breakdown value (new values get the next index). */
  groupOf(value: FunnelValue): number {
    const key = groupKey(value);
    let g = this.valueIndex.get(key);
    if (g === undefined) {
      g = this.values.length;
      this.values.push(value);
      this.valueIndex.set(key, g);
    }
    return g;
  }

  /**
   * Appends a customer; `steps[0, stepCount)` are its step times (none for unordered funnels). A one-step
   * attempt's only step is its entry, so its times are not stored.
   */
  add(
    customer: number,
    level: number,
    entry: number,
    open: number,
    group: number,
    steps: ArrayLike<number>,
    stepCount: number
  ): void {
    const i = this.size++;
    if (i === this.level.length) {
      this.growRows(i * 2);
    }
    this.customer[i] = customer;
    this.level[i] = level;
    this.open[i] = open;
    this.entry[i] = entry;
    this.group[i] = group;
    const at = this.stepStart[i] ?? 0;
    const kept = stepCount > 1 ? stepCount : 0;
    if (at + kept > this.steps.length) {
      const grown = new Float64Array(Math.max(at + kept, this.steps.length * 2));
      grown.set(this.steps);
      this.steps = grown;
    }
    for (let k = 0; k < kept; k++) {
      this.steps[at + k] = steps[k] ?? 0;
    }
    this.stepStart[i + 1] = at + kept;
  }

  private growRows(n: number): void {
    this.customer = grow(this.customer, n, (k) => new Int32Array(k));
    this.level = grow(this.level, n, (k) => new Int32Array(k));
    this.open = grow(this.open, n, (k) => new Int32Array(k));
    this.entry = grow(this.entry, n, (k) => new Float64Array(k));
    this.group = grow(this.group, n, (k) => new Int32Array(k));
    this.stepStart = grow(this.stepStart, n + 1, (k) => new Int32Array(k));
  }

  /** Row i's step times: those stored, or its entry alone for a one-step attempt of a timed funnel. */
  stepsOf(i: number): number[] {
    const from = this.stepStart[i] ?? 0;
    const to = this.stepStart[i + 1] ?? from;
    return to > from ? Array.from(this.steps.subarray(from, to)) : this.timed ? [this.entry[i] ?? 0] : [];
  }

  /** Customer rows as objects (for tests and small result sets). */
  customers(): CustomerFunnel[] {
    const out: CustomerFunnel[] = [];
    for (let i = 0; i < this.size; i++) {
      out.push({
        customer: this.names[this.customer[i] ?? 0] ?? '',
        level: this.level[i] ?? 0,
        entry: this.entry[i] ?? 0,
        steps: this.stepsOf(i),
        breakdown: this.values[this.group[i] ?? 0] ?? null,
        open: this.open[i] ?? 0,
      });
    }
    return out;
  }

  /** The rows of customer objects (the reference computation's result). */
  static of(customers: readonly CustomerFunnel[], split: boolean, timed: boolean): FunnelOutcomes {
    const o = new FunnelOutcomes(
      customers.map((c) => c.customer),
      timed
    );
    customers.forEach((c, i) =>
      o.add(i, c.level, c.entry, c.open, split ? o.groupOf(c.breakdown) : 0, c.steps, c.steps.length)
    );
    return o;
  }
}
