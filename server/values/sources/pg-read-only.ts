import { Pool, type PoolClient } from 'pg';
import { type SqlDb, type SqlExecutor, type SqlParam, type SqlRow } from '../../store/sql';
import { errorCode } from '../../error-message';
import { isPostgresTimeout, QueryTimeoutError } from './timeout';

/** First statements of a PostgreSQL transaction that may only read and is cancelled after `timeoutMs`. */
export async function beginReadOnly(tx: SqlExecutor, timeoutMs: number): Promise<void> {
  await tx.exec('SET TRANSACTION READ ONLY');
  await tx.exec(`SELECT set_config('statement_timeout', $1, true)`, [`${Math.max(1, Math.ceil(timeoutMs))}ms`]);
}

function executorFor(client: PoolClient): SqlExecutor {
  return {
    async query(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
      return (await client.query<SqlRow>(sql, params)).rows;
    },
    async exec(sql: string, params: SqlParam[] = []): Promise<void> {
      await client.query(sql, params);
    },
  };
}

/** Another team's PostgreSQL: every statement runs in a read-only transaction that is rolled back. */
class ReadOnlyPostgresDb implements SqlDb {
  readonly dialect = 'postgres';

  constructor(
    private readonly pool: Pool,
    private readonly timeoutMs: number,
    private readonly what: string
  ) {}

  query(sql: string, params?: SqlParam[]): Promise<SqlRow[]> {
    return this.transaction((tx) => tx.query(sql, params));
  }

  exec(sql: string, params?: SqlParam[]): Promise<void> {
    return this.transaction((tx) => tx.exec(sql, params));
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.connect();
    let broken = false;
    try {
      const tx = executorFor(client);
      await tx.exec('BEGIN');
      await beginReadOnly(tx, this.timeoutMs);
      return await fn(tx);
    } catch (err) {
      throw isPostgresTimeout(err) ? new QueryTimeoutError(this.what, this.timeoutMs) : err;
    } finally {
      // nothing may be written, so nothing is committed; a client that cannot roll back is discarded
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  // the driver's message can quote the URL, its user, host or database: only the error code goes on
  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (err) {
      throw new Error(
        `${this.what}: cannot connect to its PostgreSQL database (${errorCode(err) ?? 'connection failed'})`
      );
    }
  }
}

export function openReadOnlyPostgres(url: string, options: { timeoutMs: number; what: string }): SqlDb {
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: options.timeoutMs });
  // an idle client losing its connection must not crash the process; the next query reports it
  pool.on('error', () => undefined);
  return new ReadOnlyPostgresDb(pool, options.timeoutMs, options.what);
}
