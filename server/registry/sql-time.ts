import { SqlRow } from '../store/sql';

// DuckDB prints TIMESTAMPTZ in the session time zone as `2026-01-02 04:04:05.678+01`.
const DUCKDB_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/;

/** ISO-8601 UTC with milliseconds, from an ISO string, a date, or a timestamp as either driver returns it. */
export function isoTime(value: Date | string): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  const duck = DUCKDB_TIME.exec(value);
  const text = duck === null ? value : `${duck[1]}T${duck[2]}${duck[3]}:${duck[4] ?? '00'}`;
  // historical zones have offsets with seconds, which Date.parse does not read
  const offsetSeconds = duck?.[5] === undefined ? 0 : (duck[3]?.startsWith('-') ? -1 : 1) * Number(duck[5]);
  const ms = Date.parse(text) - offsetSeconds * 1000;
  if (Number.isNaN(ms)) {
    throw new Error(`not a time: ${value}`);
  }
  return new Date(ms).toISOString();
}

export function timeColumn(row: SqlRow, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) {
    return null;
  }
  return isoTime(value instanceof Date ? value : String(value));
}

export function requiredTime(row: SqlRow, column: string): string {
  const value = timeColumn(row, column);
  if (value === null) {
    throw new Error(`column ${column} is null`);
  }
  return value;
}
