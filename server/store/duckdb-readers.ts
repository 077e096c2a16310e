export const DUCKDB_READERS_ENV = 'SCORECARD_DUCKDB_READERS';
export const DEFAULT_DUCKDB_READERS = 4;
const MAX_DUCKDB_READERS = 64;

/** How many read connections a DuckDB store may open: `readers` if given, else SCORECARD_DUCKDB_READERS, else 4. */
export function duckDbReaders(readers: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (readers !== undefined) {
    return checked(readers, 'readers');
  }
  const raw = env[DUCKDB_READERS_ENV]?.trim();
  if (raw === undefined || raw === '') {
    return DEFAULT_DUCKDB_READERS;
  }
  return checked(/^\d+$/.test(raw) ? Number(raw) : NaN, DUCKDB_READERS_ENV, raw);
}

function checked(n: number, name: string, raw = String(n)): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_DUCKDB_READERS) {
    throw new Error(`${name} must be a whole number from 1 to ${MAX_DUCKDB_READERS}, got "${raw}"`);
  }
  return n;
}
