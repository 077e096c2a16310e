import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { errorMessage } from '../../error-message';
import { LOCKED_DOWN } from '../../store/duckdb-db';
import { SerialLock } from '../../store/serial-lock';
import { type SqlDb, type SqlExecutor, type SqlParam, type SqlRow } from '../../store/sql';
import { interruptAfter } from './timeout';

/** A DuckDB file opened READ_ONLY in its own instance; queries are interrupted after the timeout. */
class ReadOnlyDuckDb implements SqlDb {
  readonly dialect = 'duckdb';
  private readonly lock = new SerialLock();
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly options: { timeoutMs: number; what: string }
  ) {}

  query(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
    return this.lock.run(() => this.read(sql, params));
  }

  exec(sql: string, params: SqlParam[] = []): Promise<void> {
    return this.lock.run(async () => {
      await this.read(sql, params);
    });
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const tx: SqlExecutor = {
      query: (sql, params = []) => this.read(sql, params),
      exec: async (sql, params = []) => {
        await this.read(sql, params);
      },
    };
    return this.lock.run(async () => {
      await this.read('BEGIN TRANSACTION', []);
      try {
        return await fn(tx);
      } finally {
        await this.read('ROLLBACK', []).catch(() => undefined);
      }
    });
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

  private async read(sql: string, params: SqlParam[]): Promise<SqlRow[]> {
    if (this.closed) {
      throw new Error(`${this.options.what} is closed`);
    }
    const { timeoutMs, what } = this.options;
    const reader = await interruptAfter(this.connection, timeoutMs, what, () =>
      this.connection.runAndReadAll(sql, params)
    );
    return reader.getRowObjectsJson();
  }
}

/** Opens an existing DuckDB file read-only; another process holding it for writing makes this fail. */
export async function openReadOnlyDuckDb(path: string, options: { timeoutMs: number; what: string }): Promise<SqlDb> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { ...LOCKED_DOWN, access_mode: 'READ_ONLY' });
  } catch (err) {
    throw new Error(`cannot open ${options.what} (${path}) read-only: ${errorMessage(err)}`);
  }
  try {
    return new ReadOnlyDuckDb(instance, await instance.connect(), options);
  } catch (err) {
    instance.closeSync();
    throw err;
  }
}
