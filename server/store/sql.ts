export type SqlDialect = 'duckdb' | 'postgres';
export type SqlParam = string | number | boolean | bigint | null;
export type SqlRow = Record<string, unknown>;

/** Runs statements with `$1, $2, …` placeholders (both engines accept them). */
export interface SqlExecutor {
  query(sql: string, params?: SqlParam[]): Promise<SqlRow[]>;
  exec(sql: string, params?: SqlParam[]): Promise<void>;
}

/** A read that stops, on the database too, when the signal aborts (a time budget ran out). */
export interface QueryOptions {
  signal?: AbortSignal;
}

export interface SqlDb extends SqlExecutor {
  readonly dialect: SqlDialect;
  query(sql: string, params?: SqlParam[], options?: QueryOptions): Promise<SqlRow[]>;
  /** Runs `fn` in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Reads a numeric column whichever way the driver returns it (number, bigint or numeric string). */
export function numberColumn(row: SqlRow | undefined, column: string): number | null {
  const value = row?.[column];
  if (value === null || value === undefined) {
    return null;
  }
  const n = Number(value);
  if (!Number.isFinite(n)) {
    throw new Error(`column ${column} is not a number: ${String(value)}`);
  }
  return n;
}

export function stringColumn(row: SqlRow | undefined, column: string): string | null {
  const value = row?.[column];
  return value === null || value === undefined ? null : String(value);
}
