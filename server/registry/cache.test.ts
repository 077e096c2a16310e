import { type SqlDb, type SqlParam } from '../store/sql';
import { SqlStore, type Store } from '../store/store';
import { STORE_PLACES } from '../test-support/places';
import { type StorePlace } from '../store/store-contract';
import { MemoryCache } from './cache';
import { editor, kpi } from './contract/fixtures';
import { createRegistry } from './index';

/** The store with a counter of the statements sent outside transactions (reads). */
function counting(store: Store): { store: Store; reads: () => number } {
  let n = 0;
  const sql: SqlDb = {
    dialect: store.sql.dialect,
    query: (text: string, params?: SqlParam[]) => {
      n++;
      return store.sql.query(text, params);
    },
    exec: (text: string, params?: SqlParam[]) => store.sql.exec(text, params),
    transaction: (fn) => store.sql.transaction(fn),
    close: () => store.sql.close(),
  };
  return { store: new SqlStore(store.kind, store.location, sql), reads: () => n };
}

describe.each(STORE_PLACES)('read strategy on %s', (kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  beforeEach(async () => {
    place = await newPlace();
    store = await place.open();
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it(kind === 'duckdb' ? 'serves repeated reads from memory' : 'reads through to the database each time', async () => {
    const { store: watched, reads } = counting(store);
    const registry = await createRegistry(watched);
    await registry.put(kpi('k'), editor);
    await registry.get('KPI', 'k');
    const before = reads();
    await registry.get('KPI', 'k');
    await registry.list('KPI');
    await registry.list('KPI');
    expect(reads() - before).toBe(kind === 'duckdb' ? 1 : 4);
  });

  it('shows every write by this process at once, through any registry on the store', async () => {
    const one = await createRegistry(store);
    const two = await createRegistry(store);
    await one.put(kpi('k'), editor);
    expect((await two.get('KPI', 'k')).version).toBe(1);
    expect(await two.list('KPI')).toHaveLength(1);
    await one.put(kpi('k', { target: 1 }), editor);
    expect((await two.get('KPI', 'k')).version).toBe(2);
    expect((await two.list('KPI'))[0]?.latestVersion).toBe(2);
    expect((await two.export())[0]).toEqual(kpi('k', { target: 1 }));
  });

  it('hands out fresh or frozen records, so a caller cannot change what others read', async () => {
    const registry = await createRegistry(store);
    await registry.put(kpi('k'), editor);
    const first = await registry.get('KPI', 'k');
    try {
      first.message = 'changed by a caller';
    } catch (err) {
      expect(err).toBeInstanceOf(TypeError);
    }
    expect((await registry.get('KPI', 'k')).message).toBe('');
  });
});

describe('MemoryCache', () => {
  it('does not keep what a load read before an invalidation', async () => {
    const [, newPlace] = STORE_PLACES[0] ?? [];
    if (newPlace === undefined) {
      throw new Error('no DuckDB place');
    }
    const place = await newPlace();
    const store = await place.open();
    try {
      const registry = await createRegistry(store);
      await registry.put(kpi('k'), editor);
      const cache = new MemoryCache(store.sql);
      const loading = cache.entry('KPI', 'k');
      cache.invalidate(['KPI/k']);
      await registry.put(kpi('k', { target: 7 }), editor);
      expect((await loading)?.latestVersion).toBe(1);
      expect((await cache.entry('KPI', 'k'))?.latestVersion).toBe(2);
    } finally {
      await store.close();
      await place.dispose();
    }
  });
});
