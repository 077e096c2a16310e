import { type Kind } from '../../core/schema';
import { SqlExecutor } from '../store/sql';
import { type StoreKind } from '../store/store';
import { resourceKey } from './documents';
import { loadCurrent, loadEntry, loadSummaries, type ResourceEntry } from './versions-repo';
import { type ResourceSummary, type VersionRecord } from './types';

/** How the registry reads definitions outside write transactions. */
export interface RegistryReads {
  entry(kind: Kind, id: string): Promise<ResourceEntry | null>;
  summaries(): Promise<ResourceSummary[]>;
  /** Each non-retired resource's latest approved version, else its latest. */
  current(): Promise<VersionRecord[]>;
  /** Called after every write by this process with the resources it touched. */
  invalidate(keys: Iterable<string>): void;
}

/** PostgreSQL: replicas write too, so every read goes to the database (point reads take ~0.1 ms). */
export function readThrough(sql: SqlExecutor): RegistryReads {
  return {
    entry: (kind, id) => loadEntry(sql, kind, id),
    summaries: () => loadSummaries(sql),
    current: () => loadCurrent(sql),
    invalidate: () => undefined,
  };
}

/** DuckDB: the file is locked to this process and point reads cost ~2.5 ms, so keep what was read. */
export class MemoryCache implements RegistryReads {
  private readonly entries = new Map<string, ResourceEntry | null>();
  private summaryList: ResourceSummary[] | null = null;
  private currentList: VersionRecord[] | null = null;
  // a load that started before an invalidation must not store what it read
  private generation = 0;

  constructor(private readonly sql: SqlExecutor) {}

  async entry(kind: Kind, id: string): Promise<ResourceEntry | null> {
    const key = resourceKey(kind, id);
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      return cached;
    }
    // frozen rather than copied on every read: a scorecard query reads each KPI's history several times
    return this.load(
      async () => deepFreeze(await loadEntry(this.sql, kind, id)),
      (value) => this.entries.set(key, value)
    );
  }

  async summaries(): Promise<ResourceSummary[]> {
    const list =
      this.summaryList ??
      (await this.load(
        () => loadSummaries(this.sql),
        (value) => (this.summaryList = value)
      ));
    return structuredClone(list);
  }

  async current(): Promise<VersionRecord[]> {
    const list =
      this.currentList ??
      (await this.load(
        () => loadCurrent(this.sql),
        (value) => (this.currentList = value)
      ));
    return structuredClone(list);
  }

  invalidate(keys: Iterable<string>): void {
    this.generation++;
    for (const key of keys) {
      this.entries.delete(key);
    }
    this.summaryList = null;
    this.currentList = null;
  }

  private async load<T>(read: () => Promise<T>, keep: (value: T) => void): Promise<T> {
    const generation = this.generation;
    const value = await read();
    if (generation === this.generation) {
      keep(value);
    }
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) {
      deepFreeze(inner);
    }
    Object.freeze(value);
  }
  return value;
}

export function readsFor(kind: StoreKind, sql: SqlExecutor): RegistryReads {
  return kind === 'duckdb' ? new MemoryCache(sql) : readThrough(sql);
}
