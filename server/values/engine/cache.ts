import { type CalculationKind } from './plan-key';
import { type CacheOptions } from './types';

export const DEFAULT_CACHE: CacheOptions = { maxEntries: 5_000, ttlMs: 60_000 };

export interface CacheReads {
  kpis: ReadonlySet<string>;
  kinds: ReadonlySet<CalculationKind>;
}

interface Entry<T> {
  value: Promise<T>;
  expires: number;
  reads: CacheReads;
}

/**
 * Computations by key, least recently used evicted past maxEntries, each kept ttlMs so values of ranges
 * ending "now" refresh. Holds the promise, so concurrent requests for one key share one computation.
 */
export class ValueCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: CacheOptions,
    private readonly now: () => number
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached computation, or `compute()` stored under the key (dropped again if it fails). */
  getOrCompute(key: string, reads: CacheReads, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.expires > this.now()) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const entry: Entry<T> = { value, expires: this.now() + this.options.ttlMs, reads };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) {
        this.entries.delete(key);
      }
    });
    this.evict();
    return value;
  }

  invalidateKpi(kpiId: string): void {
    this.dropWhere((reads) => reads.kpis.has(kpiId));
  }

  invalidateKinds(kinds: readonly CalculationKind[]): void {
    this.dropWhere((reads) => kinds.some((kind) => reads.kinds.has(kind)));
  }

  clear(): void {
    this.entries.clear();
  }

  private dropWhere(test: (reads: CacheReads) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (test(entry.reads)) {
        this.entries.delete(key);
      }
    }
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) {
        return;
      }
      this.entries.delete(key);
    }
  }
}
