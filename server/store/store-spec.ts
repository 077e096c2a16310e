/** A PostgreSQL URL may carry `?schema=<name>`: the server then keeps its tables in that schema. */
export type StoreSpec = { kind: 'duckdb'; path: string } | { kind: 'postgres'; url: string; schema?: string };

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
    const url = new URL(trimmed);
    const schema = url.searchParams.get('schema');
    if (schema === null) {
      return { kind: 'postgres', url: trimmed };
    }
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema };
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
  if (spec.kind === 'duckdb') {
    return spec.path;
  }
  return spec.schema ? `${redactUrl(spec.url)} (schema ${spec.schema})` : redactUrl(spec.url);
}
