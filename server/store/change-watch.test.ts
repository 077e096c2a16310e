import { changeWatch, sharedRefresh, type ChangeWatch } from './change-watch';
import { numberColumn } from './sql';
import { type Store } from './store';
import { type StorePlace } from './store-contract';
import { duckDbPlace, postgresPlace } from '../test-support/places';

const EVENT = `INSERT INTO events (time, event) VALUES ('2026-05-04T00:00:00Z', 'a')`;

async function count(store: Store, sql: string): Promise<number> {
  return numberColumn((await store.sql.query(sql))[0], 'n') ?? -1;
}

describe('ChangeWatch on postgres', () => {
  let place: StorePlace;
  let store: Store;

  beforeEach(async () => {
    place = await postgresPlace();
    store = await place.open();
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it('reports a change once per write statement seen, and nothing without one', async () => {
    const watch = changeWatch(store.sql);
    expect(await watch.check()).toBe(true);
    expect(await watch.check()).toBe(false);
    await store.sql.exec(EVENT);
    expect(await watch.check()).toBe(true);
    expect(await watch.check()).toBe(false);
  });

  it('notes writes to definitions and data, one row per statement, but not to meta or the audit log', async () => {
    const writes = [
      EVENT,
      `INSERT INTO kpi_values (kpi, time, value, author, created_at) VALUES ('k', now(), 1, 'me', now())`,
      `INSERT INTO event_batches (id, row_count, rows_hash, landed_at) VALUES ('b', 1, 'h', now())`,
      `INSERT INTO registry_resources (kind, id, latest_version, updated_at) VALUES ('KPI', 'k', 1, now())`,
      `INSERT INTO registry_versions (kind, id, version, hash, document, author, message, created_at, state)
       VALUES ('KPI', 'k', 1, 'h', '{}', 'me', 'm', now(), 'proposed')`,
      `UPDATE registry_versions SET state = 'approved'`,
      'DELETE FROM events',
      'DELETE FROM events',
      `INSERT INTO meta (key, value) VALUES ('x', 'y')`,
      `UPDATE audit_head SET seq = 0`,
    ];
    for (const sql of writes) {
      await store.sql.exec(sql);
    }
    const rows = await store.sql.query('SELECT tbl FROM store_changes ORDER BY id');
    expect(rows.map((row) => row.tbl)).toEqual([
      'events',
      'kpi_values',
      'event_batches',
      'registry_resources',
      'registry_versions',
      'registry_versions',
      'events',
      'events',
    ]);
  });

  it('sees a write that commits after a newer one was already seen', async () => {
    const watch = changeWatch(store.sql);
    await watch.check();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted: () => void = () => undefined;
    const hasInserted = new Promise<void>((resolve) => (inserted = resolve));
    const slow = store.sql.transaction(async (tx) => {
      await tx.exec(EVENT);
      inserted();
      await held;
    });
    await hasInserted;
    await store.sql.exec(EVENT);
    expect(await watch.check()).toBe(true);
    release();
    await slow;
    const ids = await store.sql.query('SELECT id FROM store_changes ORDER BY id');
    expect(ids.map((row) => Number(row.id))).toEqual([1, 2]);
    expect(await watch.check()).toBe(true);
    expect(await watch.check()).toBe(false);
  });

  it('prunes rows older than keepMs now and then, which counts as a change', async () => {
    let clock = 0;
    const watch = changeWatch(store.sql, { keepMs: 600_000, pruneEveryMs: 60_000, now: () => clock });
    await store.sql.exec(`INSERT INTO store_changes (at, tbl) VALUES (now() - interval '11 minutes', 'events')`);
    await store.sql.exec(`INSERT INTO store_changes (at, tbl) VALUES (now() - interval '9 minutes', 'events')`);
    await store.sql.exec(EVENT);
    expect(await watch.check()).toBe(true);
    clock = 59_999;
    expect(await watch.check()).toBe(false);
    expect(await count(store, 'SELECT count(*) AS n FROM store_changes')).toBe(3);
    clock = 60_000;
    expect(await watch.check()).toBe(true);
    expect(await count(store, 'SELECT count(*) AS n FROM store_changes')).toBe(2);
    expect(await watch.check()).toBe(false);
  });
});

describe('ChangeWatch on duckdb', () => {
  it('never reports a change, and migration 5 leaves the file without store_changes', async () => {
    const place = await duckDbPlace();
    const store = await place.open();
    try {
      await store.migrate();
      const watch = changeWatch(store.sql);
      expect(await watch.check()).toBe(false);
      await store.sql.exec(EVENT);
      expect(await watch.check()).toBe(false);
      const tables = `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'store_changes'`;
      expect(await count(store, tables)).toBe(0);
    } finally {
      await store.close();
      await place.dispose();
    }
  });
});

/** A watch whose checks finish when the test says, with the answer it gives. */
function manualWatch() {
  const pending: Array<(changed: boolean) => void> = [];
  const watch: ChangeWatch = { check: () => new Promise<boolean>((resolve) => pending.push(resolve)) };
  const settle = async (changed: boolean) => {
    const next = pending.shift();
    if (next === undefined) {
      throw new Error('no check is running');
    }
    next(changed);
    // let the settled run hand over to the queued one
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { watch, pending, settle };
}

describe('sharedRefresh', () => {
  it('shares a run among callers that came before it started, and runs once more for later callers', async () => {
    const { watch, pending, settle } = manualWatch();
    let changes = 0;
    const refresh = sharedRefresh(watch, () => (changes += 1));
    const first = refresh();
    const second = refresh();
    const third = refresh();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(pending).toHaveLength(1);
    await settle(true);
    await first;
    expect(changes).toBe(1);
    expect(pending).toHaveLength(1);
    await settle(true);
    await Promise.all([second, third]);
    expect(changes).toBe(2);
    const fourth = refresh();
    expect(pending).toHaveLength(1);
    await settle(false);
    await fourth;
    expect(changes).toBe(2);
  });

  it('treats a failed check as a change', async () => {
    let changes = 0;
    const failing: ChangeWatch = { check: () => Promise.reject(new Error('connection lost')) };
    await sharedRefresh(failing, () => (changes += 1))();
    expect(changes).toBe(1);
  });
});
