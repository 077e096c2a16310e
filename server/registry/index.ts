import { type SqlDb } from '../store/sql';
import { type Store } from '../store/store';
import { type RegistryReads, readsFor } from './cache';
import { SqlRegistry } from './sql-registry';
import { type Registry } from './types';

export * from './types';

export interface RegistryOptions {
  /** The clock for version, approval and audit times (tests fix it). */
  now?: () => Date;
  /** IANA zone in which a date without a time is read (default UTC). */
  timeZone?: string;
}

// Registries on the same store share one cache, so a write through either invalidates it for both.
const readsByDb = new WeakMap<SqlDb, RegistryReads>();

/** The KPI registry over a store; migrates the store first (a no-op when it is up to date). */
export async function createRegistry(store: Store, options: RegistryOptions = {}): Promise<Registry> {
  await store.migrate();
  const reads = readsByDb.get(store.sql) ?? readsFor(store.kind, store.sql);
  readsByDb.set(store.sql, reads);
  const timeZone = options.timeZone ?? 'UTC';
  return new SqlRegistry({ db: store.sql, reads, now: options.now ?? (() => new Date()), timeZone });
}
