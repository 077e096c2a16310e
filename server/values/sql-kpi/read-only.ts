import { type DuckDBConnection, StatementType } from '@duckdb/node-api';
import { errorCode, errorMessage } from '../../error-message';
import { connectDuckDb } from '../../store/duckdb-db';
import { type SqlDb, type SqlRow } from '../../store/sql';
import { quoteIdentifier } from '../sources/identifiers';
import { beginReadOnly } from '../sources/pg-read-only';
import { interruptAfter, isPostgresTimeout, QueryTimeoutError } from '../sources/timeout';
import { type BoundQuery } from './statement';

export interface ReadResult {
  /** Column names as the query returned them (PostgreSQL: only known when there are rows). */
  columns: string[];
  rows: SqlRow[];
}

export interface ReadOptions {
  timeoutMs: number;
  /** Names the query in errors, e.g. 'the SQL of KPI "x"'. */
  what: string;
  /** PostgreSQL: the role the query runs as (SET LOCAL ROLE), see prepareSqlKpiRole. */
  role?: string | null;
}

// carries the rows out of db.transaction(), which commits when its callback resolves
class RolledBack extends Error {
  constructor(readonly rows: SqlRow[]) {
    super('rolled back');
  }
}

/** Runs an admin's query so that it cannot change the store, and cancels it after the timeout. */
export async function runReadOnly(db: SqlDb, query: BoundQuery, opts: ReadOptions): Promise<ReadResult> {
  if (db.dialect === 'postgres') {
    return readPostgres(db, query, opts);
  }
  const connecting = connectDuckDb(db);
  if (connecting === null) {
    throw new Error(`${opts.what} can only run on the server's own store`);
  }
  return readDuckDb(await connecting, query, opts);
}

/** PostgreSQL: a READ ONLY transaction with a local statement_timeout, as the reader role, always rolled back. */
async function readPostgres(db: SqlDb, { sql, params }: BoundQuery, opts: ReadOptions): Promise<ReadResult> {
  try {
    await db.transaction(async (tx) => {
      await beginReadOnly(tx, opts.timeoutMs);
      if (opts.role !== undefined && opts.role !== null) {
        await tx.exec(`SET LOCAL ROLE ${quoteIdentifier(opts.role, 'role')}`);
      }
      throw new RolledBack(await tx.query(sql, params));
    });
  } catch (err) {
    if (err instanceof RolledBack) {
      return { columns: Object.keys(err.rows[0] ?? {}), rows: err.rows };
    }
    if (isPostgresTimeout(err)) {
      throw new QueryTimeoutError(opts.what, opts.timeoutMs);
    }
    const prefix = errorCode(err) === '25006' ? `${opts.what} tried to write` : `${opts.what} failed`;
    throw new Error(`${prefix}: ${errorMessage(err)}`, { cause: err });
  }
  throw new Error(`${opts.what} returned nothing`);
}

/**
 * DuckDB has no read-only connection on a read-write database: a connection of its own (so the store's
 * queue is not blocked) on the store's locked-down instance (no host files, network or extensions, see
 * LOCKED_DOWN), the parser's statement type must be SELECT, the transaction is rolled back, and the
 * connection is interrupted after the timeout.
 */
async function readDuckDb(
  connection: DuckDBConnection,
  { sql, params }: BoundQuery,
  opts: ReadOptions
): Promise<ReadResult> {
  try {
    await connection.run('BEGIN TRANSACTION');
    const extracted = await connection.extractStatements(sql);
    if (extracted.count !== 1) {
      throw new Error(`${opts.what} must be a single statement, it has ${extracted.count}`);
    }
    const prepared = await extracted.prepare(0);
    if (prepared.statementType !== StatementType.SELECT) {
      throw new Error(`${opts.what} must be a SELECT query, it is ${StatementType[prepared.statementType]}`);
    }
    prepared.bind(params);
    const reader = await interruptAfter(connection, opts.timeoutMs, opts.what, () => prepared.runAndReadAll());
    return { columns: reader.columnNames(), rows: reader.getRowObjectsJS() };
  } catch (err) {
    throw err instanceof QueryTimeoutError
      ? err
      : new Error(`${opts.what} failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await connection.run('ROLLBACK').catch(() => undefined);
    connection.closeSync();
  }
}
