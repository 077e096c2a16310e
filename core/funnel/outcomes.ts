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
  stepStart = Int32Array.of(0);
  /** The breakdown values met so far, in order of first appearance. */
  readonly values: FunnelValue[] = [];
  private readonly valueIndex = new Map<string, number>();

  constructor(readonly names: readonly string[]) {}

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

  /** Appends a customer; `steps[0, stepCount)` are its step times (none for unordered funnels). */
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
      const n = i * 2;
      this.customer = grow(this.customer, n, (k) => new Int32Array(k));
      this.level = grow(this.level, n, (k) => new Int32Array(k));
      this.open = grow(this.open, n, (k) => new Int32Array(k));
      this.entry = grow(this.entry, n, (k) => new Float64Array(k));
      this.group = grow(this.group, n, (k) => new Int32Array(k));
    }
    if (i + 2 > this.stepStart.length) {
      this.stepStart = grow(this.stepStart, Math.max(i + 2, this.stepStart.length * 2), (k) => new Int32Array(k));
    }
    this.customer[i] = customer;
    this.level[i] = level;
    this.open[i] = open;
    this.entry[i] = entry;
    this.group[i] = group;
    const at = this.stepStart[i] ?? 0;
    this.steps = grow(this.steps, at + stepCount, (k) => new Float64Array(k));
    for (let k = 0; k < stepCount; k++) {
      this.steps[at + k] = steps[k] ?? 0;
    }
    this.stepStart[i + 1] = at + stepCount;
  }

  /** Customer rows as objects (for tests and small result sets). */
  customers(): CustomerFunnel[] {
    const out: CustomerFunnel[] = [];
    for (let i = 0; i < this.size; i++) {
      const from = this.stepStart[i] ?? 0;
      out.push({
        customer: this.names[this.customer[i] ?? 0] ?? '',
        level: this.level[i] ?? 0,
        entry: this.entry[i] ?? 0,
        steps: Array.from(this.steps.subarray(from, this.stepStart[i + 1] ?? from)),
        breakdown: this.values[this.group[i] ?? 0] ?? null,
        open: this.open[i] ?? 0,
      });
    }
    return out;
  }

  /** The rows of customer objects (the reference computation's result). */
  static of(customers: readonly CustomerFunnel[], split: boolean): FunnelOutcomes {
    const o = new FunnelOutcomes(customers.map((c) => c.customer));
    customers.forEach((c, i) =>
      o.add(i, c.level, c.entry, c.open, split ? o.groupOf(c.breakdown) : 0, c.steps, c.steps.length)
    );
    return o;
  }
}
