import { type DuckDBConnection } from '@duckdb/node-api';
import { errorCode } from '../../error-message';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A query cancelled by the statement timeout (PostgreSQL) or interrupted after it (DuckDB). */
export class QueryTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number
  ) {
    super(`${what} was cancelled after ${timeoutMs} ms (statement timeout)`);
    this.name = 'QueryTimeoutError';
  }
}

/** PostgreSQL's query_canceled, raised by statement_timeout. */
export const isPostgresTimeout = (err: unknown): boolean => errorCode(err) === '57014';

/** DuckDB has no statement timeout: interrupt the connection when the query outlasts `timeoutMs`. */
export async function interruptAfter<T>(
  connection: DuckDBConnection,
  timeoutMs: number,
  what: string,
  run: () => Promise<T>
): Promise<T> {
  let interrupted = false;
  const timer = setTimeout(() => {
    interrupted = true;
    connection.interrupt();
  }, timeoutMs);
  try {
    return await run();
  } catch (err) {
    throw interrupted ? new QueryTimeoutError(what, timeoutMs) : err;
  } finally {
    clearTimeout(timer);
  }
}
