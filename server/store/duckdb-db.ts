import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { duckDbReaders } from './duckdb-readers';
import { interruptOnAbort } from './interrupt-on-abort';
import { ReadPool } from './read-pool';
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

/** Reads run on up to `readers` connections of their own (MVCC: they see committed data); writes queue on one. */
class DuckDbDb implements SqlDb {
  readonly dialect = 'duckdb';
  private readonly lock = new SerialLock();
  private readonly writer: SqlExecutor;
  private readonly readers: ReadPool<DuckDBConnection>;
  private closing = false;
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writerConnection: DuckDBConnection,
    readers: number
  ) {
    this.writer = executorFor(writerConnection);
    this.readers = new ReadPool({
      size: readers,
      create: () => instance.connect(),
      destroy: (reader) => reader.closeSync(),
    });
  }

  async query(sql: string, params?: SqlParam[], options: QueryOptions = {}): Promise<SqlRow[]> {
    const { signal } = options;
    this.assertOpen();
    return this.readers.use(
      (reader) => interruptOnAbort(reader, signal, () => executorFor(reader).query(sql, params)),
      signal
    );
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
    this.assertOpen();
    return this.instance.connect();
  }

  /** Refuses new reads at once; writes queued before it and reads already taken on finish first. */
  close(): Promise<void> {
    this.closing = true;
    return this.lock.run(async () => {
      if (!this.closed) {
        await this.readers.close();
        this.closed = true;
        this.writerConnection.closeSync();
        this.instance.closeSync();
      }
    });
  }

  private assertOpen(): void {
    if (this.closing) {
      throw new Error('the DuckDB store is closed');
    }
  }

  private open(): SqlExecutor {
    if (this.closed) {
      throw new Error('the DuckDB store is closed');
    }
    return this.writer;
  }
}

/** A new connection on the database of a DuckDB store (read-only SQL KPIs need their own); null for other engines. */
export function connectDuckDb(db: SqlDb): Promise<DuckDBConnection> | null {
  return db instanceof DuckDbDb ? db.connect() : null;
}

export interface OpenDuckDbOptions {
  /** Most read connections at once (default: env SCORECARD_DUCKDB_READERS, else 4). */
  readers?: number;
}

/** Opens (creating if needed) a locked-down DuckDB file; its parent directory is created on first start. */
export async function openDuckDb(path: string, options: OpenDuckDbOptions = {}): Promise<SqlDb> {
  const readers = duckDbReaders(options.readers);
  if (path !== DUCKDB_MEMORY) {
    await mkdir(dirname(path), { recursive: true });
  }
  const instance = await DuckDBInstance.create(path, { ...LOCKED_DOWN });
  try {
    return new DuckDbDb(instance, await instance.connect(), readers);
  } catch (err) {
    instance.closeSync();
    throw err;
  }
}
