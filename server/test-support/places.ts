import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openStore } from '../store/open-store';
import { type StorePlace } from '../store/store-contract';
import { type StoreKind } from '../store/store';
import { testPostgresUrl } from './postgres';

/** A DuckDB file in a fresh temp directory (created on open, with its parent folders). */
export async function duckDbPlace(): Promise<StorePlace & { file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'scorecard-duckdb-'));
  const file = join(dir, 'nested', 'data', 'scorecard.duckdb');
  return { file, open: () => openStore(file), dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A fresh schema t_<random> on the test PostgreSQL, created by the store and dropped on dispose. */
export async function postgresPlace(): Promise<StorePlace & { schema: string; spec: string }> {
  const url = testPostgresUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const spec = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    schema,
    spec,
    open: () => openStore(url, { postgres: { schema, poolSize: 4 } }),
    dispose: () => dropSchema(schema),
  };
}

/** Both engines, for suites that must pass on each: `describe.each(STORE_PLACES)`. */
export const STORE_PLACES: Array<[StoreKind, () => Promise<StorePlace>]> = [
  ['duckdb', duckDbPlace],
  ['postgres', postgresPlace],
];
