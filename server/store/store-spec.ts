export type StoreSpec = { kind: 'duckdb'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_STORE = './data/scorecard.duckdb';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

export class StoreSpecError extends Error {
  override readonly name = 'StoreSpecError';
}

/** `postgres://…` / `postgresql://…` select PostgreSQL; anything without a URL scheme is a DuckDB file. */
export function parseStoreSpec(spec: string): StoreSpec {
  const trimmed = spec.trim();
  if (trimmed === '') {
    throw new StoreSpecError('the store is empty: give a DuckDB file path or a postgres:// URL');
  }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return { kind: 'duckdb', path: trimmed };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!URL.canParse(trimmed)) {
      throw new StoreSpecError(`the store URL is not a valid URL: ${redactUrl(trimmed)}`);
    }
    return { kind: 'postgres', url: trimmed };
  }
  throw new StoreSpecError(
    `unknown store scheme "${scheme}://": use a DuckDB file path (e.g. ${DEFAULT_STORE}) or postgres://user@host:5432/db`
  );
}

/** The URL without its password, safe to print and log. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1@');
  }
  const parsed = new URL(url);
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}

export function describeStoreLocation(spec: StoreSpec): string {
  return spec.kind === 'duckdb' ? spec.path : redactUrl(spec.url);
}
