import { type SourceDocument, type SourceSpec } from '../../../core/schema/source';
import { DUCKDB_MEMORY } from '../../store/duckdb-db';
import { type Store } from '../../store/store';
import { type SqlDb } from '../../store/sql';
import { type ResolvedSource, type SourceResolver } from '../types';
import { columnMapper } from './columns';
import { openReadOnlyDuckDb } from './duckdb-read-only';
import { quoteTable } from './identifiers';
import { openReadOnlyPostgres } from './pg-read-only';
import { allowedDuckDbFile, allowedUrlEnv, type SourcePolicy, sourcePolicyFromEnv } from './source-policy';
import { DEFAULT_TIMEOUT_MS } from './timeout';

export interface SourceResolverOptions {
  /** Statement timeout on other databases (ms, default 10 s). */
  timeoutMs?: number;
  /** Where `connection.urlEnv` and the policy (SCORECARD_SOURCE_DIRS, SCORECARD_SOURCE_URL_ENVS) are read (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Resolves Source documents: no connection → the server's own store; a DuckDB path inside an allowed
 * directory (never the store's own file) → that file opened read-only in its own instance; PostgreSQL → a
 * pool on the URL held by `connection.urlEnv`, a variable the operator allows (see source-policy).
 * Other databases are cached (DuckDB by real path, PostgreSQL by URL) until close().
 * `table` and `column()` of a resolved source are double-quoted, ready to splice into SQL.
 */
export class StoreSourceResolver implements SourceResolver {
  private readonly opened = new Map<string, Promise<SqlDb>>();
  private readonly timeoutMs: number;
  private readonly env: Record<string, string | undefined>;
  private readonly policy: SourcePolicy;

  constructor(
    private readonly store: Store,
    options: SourceResolverOptions = {}
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.env = options.env ?? process.env;
    this.policy = sourcePolicyFromEnv(this.env);
  }

  async resolve(source: SourceDocument | null, id: string): Promise<ResolvedSource> {
    if (source === null) {
      throw new Error(`source "${id}" is not defined: add a Source document with that id`);
    }
    const { spec } = source;
    const column = columnMapper(id, spec.columns);
    const table = quoteTable(spec.table, `table of source "${id}"`);
    const db = await this.database(id, spec);
    return { id, engine: db.dialect, db, table, column };
  }

  async close(): Promise<void> {
    const all = [...this.opened.values()];
    this.opened.clear();
    await Promise.allSettled(all.map(async (db) => (await db).close()));
  }

  private database(id: string, spec: SourceSpec): Promise<SqlDb> {
    const what = `source "${id}"`;
    if (spec.engine === 'postgres') {
      const url = this.postgresUrl(id, spec);
      return this.cached(`postgres:${url}`, async () => openReadOnlyPostgres(url, { timeoutMs: this.timeoutMs, what }));
    }
    const path = spec.connection?.path;
    if (path === undefined) {
      return Promise.resolve(this.store.sql);
    }
    return allowedDuckDbFile(path, this.policy, this.ownStoreFile(), what).then((file) =>
      this.cached(`duckdb:${file}`, () => openReadOnlyDuckDb(file, { timeoutMs: this.timeoutMs, what }))
    );
  }

  private postgresUrl(id: string, spec: SourceSpec): string {
    const name = spec.connection?.urlEnv;
    if (name === undefined) {
      throw new Error(`source "${id}" is a postgres source without connection.urlEnv`);
    }
    const url = this.env[allowedUrlEnv(name, this.policy, `source "${id}"`)];
    if (url === undefined || url === '') {
      throw new Error(
        `source "${id}" reads its PostgreSQL URL from the environment variable ${name}, which is not set on the server`
      );
    }
    return url;
  }

  // the store's own DuckDB file must not be opened a second time in this process
  private ownStoreFile(): string | null {
    return this.store.kind === 'duckdb' && this.store.location !== DUCKDB_MEMORY ? this.store.location : null;
  }

  private cached(key: string, open: () => Promise<SqlDb>): Promise<SqlDb> {
    const existing = this.opened.get(key);
    if (existing !== undefined) {
      return existing;
    }
    const db = open();
    this.opened.set(key, db);
    // a failed open is not cached: the next resolve tries again
    db.catch(() => this.opened.delete(key));
    return db;
  }
}
