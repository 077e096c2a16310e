import { openStore } from './open-store';
import { LATEST_SCHEMA_VERSION, Migration, MIGRATIONS } from './migrations';
import { readSchemaVersion, runMigrations } from './migrate';
import { Store } from './store';

const extra = (version: number, sql: string): Migration => ({
  version,
  name: `test ${version}`,
  up: (tx) => tx.exec(sql),
});

describe('runMigrations', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(() => store.close());

  it('applies only the pending ones, in version order', async () => {
    await runMigrations(store.sql);
    const [v2, v3] = [LATEST_SCHEMA_VERSION + 1, LATEST_SCHEMA_VERSION + 2];
    const later = [...MIGRATIONS, extra(v3, 'CREATE TABLE c (x INTEGER)'), extra(v2, 'CREATE TABLE b (x INTEGER)')];
    expect(await runMigrations(store.sql, later)).toEqual([v2, v3]);
    expect(await readSchemaVersion(store.sql)).toBe(v3);
    expect(await runMigrations(store.sql, later)).toEqual([]);
  });

  it('rolls back the whole batch when one migration fails', async () => {
    const next = LATEST_SCHEMA_VERSION + 1;
    const broken = [...MIGRATIONS, extra(next, 'CREATE TABLE b (x INTEGER)'), extra(next + 1, 'CREATE TABLE oops (')];
    await expect(runMigrations(store.sql, broken)).rejects.toThrow();
    expect(await readSchemaVersion(store.sql)).toBe(0);
    const tables = await store.sql.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 'b'`);
    expect(tables).toEqual([]);
  });

  it('refuses a store migrated by a newer server', async () => {
    const newer = LATEST_SCHEMA_VERSION + 1;
    await runMigrations(store.sql, [...MIGRATIONS, extra(newer, 'CREATE TABLE b (x INTEGER)')]);
    await expect(runMigrations(store.sql)).rejects.toThrow(
      `the store has schema version ${newer} but this server knows only up to ${LATEST_SCHEMA_VERSION}: upgrade scorecard`
    );
  });
});
