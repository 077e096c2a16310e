import { openDuckDb } from './duckdb-db';
import { openPostgresDb, PostgresOptions } from './postgres-db';
import { Store, SqlStore } from './store';
import { describeStoreLocation, parseStoreSpec, StoreSpec } from './store-spec';

export interface OpenStoreOptions {
  /** PostgreSQL only: schema used as search_path, created if missing. */
  postgres?: PostgresOptions;
}

/** Opens the store named by a spec string (`file.duckdb` or `postgres://…`) or a parsed spec; does not migrate. */
export async function openStore(spec: string | StoreSpec, options: OpenStoreOptions = {}): Promise<Store> {
  const parsed = typeof spec === 'string' ? parseStoreSpec(spec) : spec;
  const location = describeStoreLocation(parsed);
  if (parsed.kind === 'duckdb') {
    return new SqlStore('duckdb', location, await openDuckDb(parsed.path));
  }
  const schema = options.postgres?.schema ?? parsed.schema;
  const postgres = { ...options.postgres, ...(schema === undefined ? {} : { schema }) };
  return new SqlStore('postgres', location, await openPostgresDb(parsed.url, postgres));
}
