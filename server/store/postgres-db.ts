import { Pool, PoolClient } from 'pg';
import { errorCode } from '../error-message';
import { QueryOptions, SqlDb, SqlExecutor, SqlParam, SqlRow } from './sql';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function executorFor(client: Pool | PoolClient): SqlExecutor {
  return {
    async query(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
      const result = await client.query<SqlRow>(sql, params);
      return result.rows;
    },
    async exec(sql: string, params: SqlParam[] = []): Promise<void> {
      await client.query(sql, params);
    },
  };
}

class PostgresDb implements SqlDb {
  readonly dialect = 'postgres';
  private readonly executor: SqlExecutor;

  constructor(private readonly pool: Pool) {
    this.executor = executorFor(pool);
  }

  async query(sql: string, params?: SqlParam[], options: QueryOptions = {}): Promise<SqlRow[]> {
    const { signal } = options;
    if (signal === undefined) {
      return this.executor.query(sql, params);
    }
    signal.throwIfAborted();
    const client = await this.pool.connect();
    try {
      const [backend] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      signal.throwIfAborted();
      // the server stops the statement; the client then sees "canceling statement due to user request"
      const cancel = () => void this.pool.query('SELECT pg_cancel_backend($1)', [backend?.pid]).catch(() => undefined);
      signal.addEventListener('abort', cancel, { once: true });
      try {
        return (await client.query<SqlRow>(sql, params)).rows;
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    } finally {
      // after an abort the connection is dropped, so a late cancel can never stop another request's statement
      client.release(signal.aborted);
    }
  }

  exec(sql: string, params?: SqlParam[]): Promise<void> {
    return this.executor.exec(sql, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(executorFor(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // the original error matters more than a failed rollback
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export interface PostgresOptions {
  /** Schema used as search_path (created if missing), e.g. to isolate tests. */
  schema?: string;
  poolSize?: number;
}

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name "${schema}": use lowercase letters, digits and _`);
  }
  return schema;
}

/** Connects a pool and checks the connection (creating the schema when one is given). */
export async function openPostgresDb(url: string, options: PostgresOptions = {}): Promise<SqlDb> {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const pool = new Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // an idle client losing its connection must not crash the process; the next query reports it
  pool.on('error', () => undefined);
  try {
    await pool.query(schema === undefined ? 'SELECT 1' : `CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (err) {
    // replicas creating the same schema at once: one of them gets a unique violation
    if (!['23505', '42P06'].includes(errorCode(err) ?? '')) {
      await pool.end();
      throw err;
    }
  }
  return new PostgresDb(pool);
}
