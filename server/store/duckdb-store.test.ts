import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store';
import { describeStoreContract } from './store-contract';
import { duckDbPlace } from '../test-support/places';

describeStoreContract('duckdb', duckDbPlace);

describe('DuckDB store', () => {
  it('creates missing parent directories and the file, and reports the path as location', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scorecard-duckdb-'));
    try {
      const file = join(dir, 'a', 'b', 'store.duckdb');
      const store = await openStore(file);
      await store.migrate();
      await store.close();
      expect(existsSync(file)).toBe(true);
      expect(store.location).toBe(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('opens in memory for ":memory:"', async () => {
    const store = await openStore(':memory:');
    expect(await store.migrate()).not.toEqual([]);
    await store.close();
  });
});
