import { type FrameJson } from './frame';

interface Entry {
  at: number;
  generation: number;
  frames: Promise<FrameJson[]>;
}

interface SpanEntry {
  lo: number;
  hi: number;
  at: number;
  generation: number;
  frames: FrameJson[];
}

/** Frames of recent identical queries (same range and query apart from refId); dropped on any write or after ttlMs. */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private readonly spans = new Map<string, SpanEntry[]>();
  // computations of span-kept answers under way, by key
  private readonly running = new Map<string, Set<Promise<unknown>>>();
  private generation = 0;

  constructor(
    private readonly maxEntries = 200,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now
  ) {}

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.spans.clear();
  }

  /** The kept answer for any end within its span, without computing. */
  peekForEnd(key: string, refId: string, end: number): FrameJson[] | null {
    const now = this.now();
    const hit = (this.spans.get(key) ?? []).find(
      (e) => e.generation === this.generation && now - e.at < this.ttlMs && e.lo <= end && end < e.hi
    );
    return hit === undefined ? null : withRefId(hit.frames, refId);
  }

  /** As peekForEnd, after the computations of the key under way have ended (their span may hold `end`). */
  async awaitForEnd(key: string, refId: string, end: number): Promise<FrameJson[] | null> {
    const hit = this.peekForEnd(key, refId, end);
    const running = this.running.get(key);
    if (hit !== null || running === undefined) {
      return hit;
    }
    await Promise.allSettled([...running]);
    return this.peekForEnd(key, refId, end);
  }

  /** The kept (or running) computation of the key, without starting one. */
  peek(key: string, refId: string): Promise<FrameJson[]> | null {
    const hit = this.entries.get(key);
    const fresh = hit && hit.generation === this.generation && this.now() - hit.at < this.ttlMs;
    return hit && fresh ? hit.frames.then((frames) => withRefId(frames, refId)) : null;
  }

  /**
   * Frames of a query whose answer depends on the range only through its end, computed once for every end in
   * the span the computation reports (EndValidity); a span of null is not kept.
   */
  async getForEnd(
    key: string,
    refId: string,
    end: number,
    compute: () => Promise<{ frames: FrameJson[]; span: [number, number] | null }>
  ): Promise<FrameJson[]> {
    const now = this.now();
    const list = (this.spans.get(key) ?? []).filter((e) => e.generation === this.generation && now - e.at < this.ttlMs);
    const hit = list.find((e) => e.lo <= end && end < e.hi);
    let frames: FrameJson[];
    if (hit !== undefined) {
      frames = hit.frames;
    } else {
      const generation = this.generation;
      // kept before it counts as ended, so a caller waiting on it finds it
      const stored = compute().then((computed) => {
        if (computed.span !== null && generation === this.generation) {
          const [lo, hi] = computed.span;
          list.push({ lo, hi, at: now, generation, frames: computed.frames });
          this.spans.set(key, list);
        }
        return computed.frames;
      });
      const running = this.running.get(key) ?? new Set<Promise<unknown>>();
      this.running.set(key, running);
      running.add(stored);
      frames = await stored.finally(() => {
        running.delete(stored);
        if (running.size === 0 && this.running.get(key) === running) {
          this.running.delete(key);
        }
      });
    }
    this.spans.delete(key);
    this.spans.set(key, list.slice(-this.maxEntries));
    while (this.spans.size > this.maxEntries) {
      const oldest = this.spans.keys().next().value;
      if (oldest === undefined) {
        break;
      }
      this.spans.delete(oldest);
    }
    return withRefId(frames, refId);
  }

  /** Shares one computation between concurrent identical queries; failures are not kept. */
  async get(key: string, refId: string, compute: () => Promise<FrameJson[]>): Promise<FrameJson[]> {
    const hit = this.entries.get(key);
    const fresh = hit && hit.generation === this.generation && this.now() - hit.at < this.ttlMs;
    let frames: Promise<FrameJson[]>;
    if (hit && fresh) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      frames = hit.frames;
    } else {
      const generation = this.generation;
      frames = compute();
      this.entries.set(key, { at: this.now(), generation, frames });
      frames.catch(() => this.entries.delete(key));
      while (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest === undefined) {
          break;
        }
        this.entries.delete(oldest);
      }
    }
    return withRefId(await frames, refId);
  }
}

const withRefId = (frames: FrameJson[], refId: string): FrameJson[] =>
  frames.map((f) => ({ ...f, schema: { ...f.schema, refId } }));

/** The cache key of a query whatever its range: everything but its refId. */
export function rangelessKey(query: Record<string, unknown>): string {
  const { refId: _refId, ...rest } = query;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
}

/** The cache key of a query over a range: everything but its refId. */
export function queryKey(range: { from: number; to: number }, query: Record<string, unknown>): string {
  const { refId: _refId, ...rest } = query;
  return JSON.stringify([range.from, range.to, Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))]);
}
