/** Text columns of the store's events kept dictionary-encoded. */
export const TEXT_COLUMNS = ['event', 'stage', 'channel', 'segment', 'region'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

export const isTextColumn = (c: string): c is TextColumn => (TEXT_COLUMNS as readonly string[]).includes(c);

/** A text column: per event the index into `dict`, -1 when missing. */
export interface CodedColumn {
  codes: Int32Array;
  dict: string[];
}

/**
 * The events sorted by customer, time and the source's row order. Customer c's events are
 * [starts[c], starts[c + 1]); customers are in text order.
 */
export interface ColumnarEvents {
  length: number;
  customers: string[];
  starts: Int32Array;
  /** Epoch ms. */
  time: Float64Array;
  /** The source's row order (DuckDB rowid, PostgreSQL block * 65536 + offset), for ties in time. */
  order: Float64Array;
  text: Record<TextColumn, CodedColumn>;
  /** NaN when missing. */
  value: Float64Array;
}

/** One event as read from the store (rows of a page, before sorting). */
export interface RawEvent {
  customer: string;
  time: number;
  order: number;
  event: string | null;
  stage: string | null;
  channel: string | null;
  segment: string | null;
  region: string | null;
  value: number | null;
}

/** Unsorted events growing page by page; dictionaries shared with the sorted copy made from it. */
export class ColumnarBuilder {
  private size = 0;
  private customer = new Int32Array(1024);
  private time = new Float64Array(1024);
  private order = new Float64Array(1024);
  private value = new Float64Array(1024);
  private readonly codes = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Int32Array(1024)])) as Record<
    TextColumn,
    Int32Array
  >;
  private readonly customerIds = new Map<string, number>();
  private readonly dicts = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Map<string, number>()])) as Record<
    TextColumn,
    Map<string, number>
  >;

  /** Starts from an already sorted copy (to merge new events into it). */
  static from(events: ColumnarEvents): ColumnarBuilder {
    const b = new ColumnarBuilder();
    b.reserve(events.length);
    events.customers.forEach((c, i) => b.customerIds.set(c, i));
    for (let c = 0; c < events.customers.length; c++) {
      b.customer.fill(c, events.starts[c] ?? 0, events.starts[c + 1] ?? 0);
    }
    b.time.set(events.time);
    b.order.set(events.order);
    b.value.set(events.value);
    for (const col of TEXT_COLUMNS) {
      b.codes[col].set(events.text[col].codes);
      events.text[col].dict.forEach((s, i) => b.dicts[col].set(s, i));
    }
    b.size = events.length;
    return b;
  }

  /** Fixes a column's dictionary so that code i is `values[i]` (before any event is added). */
  presetDictionary(col: TextColumn, values: readonly string[]): void {
    values.forEach((v, i) => this.dicts[col].set(v, i));
  }

  /** The code of a text value in a column's dictionary (-1: missing). */
  codeOf(col: TextColumn, value: string | null): number {
    return value === null ? -1 : code(this.dicts[col], value);
  }

  /** Adds an event whose text columns are already codes of the preset dictionaries (-1: missing). */
  addCoded(customer: string, time: number, order: number, codes: ArrayLike<number>, value: number | null): void {
    this.reserve(this.size + 1);
    const i = this.size++;
    this.customer[i] = code(this.customerIds, customer);
    this.time[i] = time;
    this.order[i] = order;
    this.value[i] = value ?? NaN;
    for (let c = 0; c < TEXT_COLUMNS.length; c++) {
      this.codes[TEXT_COLUMNS[c] as TextColumn][i] = codes[c] ?? -1;
    }
  }

  get length(): number {
    return this.size;
  }

  add(e: RawEvent): void {
    this.reserve(this.size + 1);
    const i = this.size++;
    this.customer[i] = code(this.customerIds, e.customer);
    this.time[i] = e.time;
    this.order[i] = e.order;
    this.value[i] = e.value ?? NaN;
    for (const col of TEXT_COLUMNS) {
      const v = e[col];
      this.codes[col][i] = v === null ? -1 : code(this.dicts[col], v);
    }
  }

  /** The sorted copy: customers in text order, each customer's events by time then row order. */
  build(): ColumnarEvents {
    const n = this.size;
    const names = [...this.customerIds.keys()];
    const rank = names.map((_, i) => i).sort((a, b) => compareText(names[a] ?? '', names[b] ?? ''));
    const remap = new Int32Array(names.length);
    rank.forEach((old, i) => (remap[old] = i));
    const starts = new Int32Array(names.length + 1);
    for (let i = 0; i < n; i++) {
      const c = (remap[this.customer[i] ?? 0] ?? 0) + 1;
      starts[c] = (starts[c] ?? 0) + 1;
    }
    for (let c = 0; c < names.length; c++) {
      starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
    }
    const next = starts.slice(0, names.length);
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = remap[this.customer[i] ?? 0] ?? 0;
      perm[next[c] ?? 0] = i;
      next[c] = (next[c] ?? 0) + 1;
    }
    const { time, order } = this;
    for (let c = 0; c < names.length; c++) {
      sortSlice(perm, starts[c] ?? 0, starts[c + 1] ?? 0, (a, b) => time[a]! - time[b]! || order[a]! - order[b]!);
    }
    const take = (src: Float64Array) => {
      const out = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        out[k] = src[perm[k] ?? 0] ?? NaN;
      }
      return out;
    };
    return {
      length: n,
      customers: rank.map((i) => names[i] ?? ''),
      starts,
      time: take(this.time),
      order: take(this.order),
      value: take(this.value),
      text: Object.fromEntries(
        TEXT_COLUMNS.map((col) => {
          const src = this.codes[col];
          const codes = new Int32Array(n);
          for (let k = 0; k < n; k++) {
            codes[k] = src[perm[k] ?? 0] ?? -1;
          }
          return [col, { codes, dict: [...this.dicts[col].keys()] }];
        })
      ) as Record<TextColumn, CodedColumn>,
    };
  }

  /** Room for n events in all (a hint: the arrays grow anyway). */
  reserve(n: number): void {
    if (n <= this.time.length) {
      return;
    }
    const size = Math.max(n, this.time.length * 2);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (k: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.customer = grow(this.customer, (k) => new Int32Array(k));
    this.time = grow(this.time, (k) => new Float64Array(k));
    this.order = grow(this.order, (k) => new Float64Array(k));
    this.value = grow(this.value, (k) => new Float64Array(k));
    for (const col of TEXT_COLUMNS) {
      this.codes[col] = grow(this.codes[col], (k) => new Int32Array(k));
    }
  }
}

function code(dict: Map<string, number>, key: string): number {
  let c = dict.get(key);
  if (c === undefined) {
    c = dict.size;
    dict.set(key, c);
  }
  return c;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts perm[from, to) in place; insertion sort for the short, mostly sorted slices of one customer. */
function sortSlice(perm: Int32Array, from: number, to: number, cmp: (a: number, b: number) => number): void {
  if (to - from > 64) {
    perm.subarray(from, to).sort(cmp);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = perm[i] ?? 0;
    let j = i - 1;
    while (j >= from && cmp(perm[j] ?? 0, x) > 0) {
      perm[j + 1] = perm[j] ?? 0;
      j--;
    }
    perm[j + 1] = x;
  }
}

/** Bytes held by the typed arrays (dictionaries' strings not counted). */
export function columnarBytes(e: ColumnarEvents): number {
  return (
    e.starts.byteLength +
    e.time.byteLength +
    e.order.byteLength +
    e.value.byteLength +
    TEXT_COLUMNS.reduce((sum, c) => sum + e.text[c].codes.byteLength, 0)
  );
}

/** First index in [lo, hi) whose time is >= t. */
export function lowerBound(time: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((time[mid] ?? 0) < t) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
