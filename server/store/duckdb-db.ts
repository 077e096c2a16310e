import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { SerialLock } from './serial-lock';
import { QueryOptions, SqlDb, SqlExecutor, SqlParam, SqlRow } from './sql';

export const DUCKDB_MEMORY = ':memory:';

/** No files but the database's own, no network, no extension install or load, settings fixed once open. */
export const LOCKED_DOWN: Readonly<Record<string, string>> = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  allow_community_extensions: 'false',
  lock_configuration: 'true',
};

function executorFor(connection: DuckDBConnection): SqlExecutor {
  return {
    async query(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJson();
    },
    async exec(sql: string, params: SqlParam[] = []): Promise<void> {
      await connection.run(sql, params);
    },
  };
}

class DuckDbDb implements SqlDb {
  readonly dialect = 'duckdb';
  private readonly lock = new SerialLock();
  private readonly executor: SqlExecutor;
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection
  ) {
    this.executor = executorFor(connection);
  }

  query(sql: string, params?: SqlParam[], options: QueryOptions = {}): Promise<SqlRow[]> {
    const { signal } = options;
    return this.lock.run(async () => {
      // a read given up while it waited never runs; one running is interrupted (it is the only one running)
      signal?.throwIfAborted();
      const interrupt = () => this.connection.interrupt();
      signal?.addEventListener('abort', interrupt, { once: true });
      try {
        return await this.open().query(sql, params);
      } finally {
        signal?.removeEventListener('abort', interrupt);
      }
    });
  }

  exec(sql: string, params?: SqlParam[]): Promise<void> {
    return this.lock.run(() => this.open().exec(sql, params));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      const tx = this.open();
      await tx.exec('BEGIN TRANSACTION');
      try {
        const result = await fn(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (err) {
        // the original error matters more than a failed rollback
        await tx.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /** A further connection on the same database: its own transactions, interruptible, not queued behind this one. */
  connect(): Promise<DuckDBConnection> {
    this.open();
    return this.instance.connect();
  }

  close(): Promise<void> {
    return this.lock.run(async () => {
      if (!this.closed) {
        this.closed = true;
        this.connection.closeSync();
        this.instance.closeSync();
      }
    });
  }

  private open(): SqlExecutor {
    if (this.closed) {
      throw new Error('the DuckDB store is closed');
    }
    return this.executor;
  }
}

/** A new connection on the database of a DuckDB store (read-only SQL KPIs need their own); null for other engines. */
export function connectDuckDb(db: SqlDb): Promise<DuckDBConnection> | null {
  return db instanceof DuckDbDb ? db.connect() : null;
}

/** Opens (creating if needed) a locked-down DuckDB file; its parent directory is created on first start. */
export async function openDuckDb(path: string): Promise<SqlDb> {
  if (path !== DUCKDB_MEMORY) {
    await mkdir(dirname(path), { recursive: true });
  }
  const instance = await DuckDBInstance.create(path, { ...LOCKED_DOWN });
  try {
    return new DuckDbDb(instance, await instance.connect());
  } catch (err) {
    instance.closeSync();
    throw err;
  }
}
