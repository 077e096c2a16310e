import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { numberColumn, stringColumn } from './sql';
import { Store, StoreKind } from './store';

/** An empty place for a store (a temp directory, a fresh schema); `open` may be called again to reopen it. */
export interface StorePlace {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The behaviour every Store implementation must have; run once per engine. */
export function describeStoreContract(kind: StoreKind, newPlace: () => Promise<StorePlace>): void {
  describe(`Store contract: ${kind}`, () => {
    const places: StorePlace[] = [];
    const opened: Store[] = [];

    async function place(): Promise<StorePlace> {
      const p = await newPlace();
      places.push(p);
      return p;
    }

    async function open(p: StorePlace): Promise<Store> {
      const store = await p.open();
      opened.push(store);
      return store;
    }

    async function migrated(): Promise<Store> {
      const store = await open(await place());
      await store.migrate();
      return store;
    }

    afterAll(async () => {
      await Promise.allSettled(opened.map((s) => s.close()));
      await Promise.all(places.map((p) => p.dispose()));
    });

    it('says what it is and answers ping', async () => {
      const store = await open(await place());
      expect(store.kind).toBe(kind);
      expect(store.location).not.toBe('');
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('starts at schema version 0 and migrates to the latest', async () => {
      const store = await open(await place());
      expect(await store.schemaVersion()).toBe(0);
      expect(await store.migrate()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    });

    it('records each migration in schema_migrations', async () => {
      const store = await migrated();
      const rows = await store.sql.query('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => [numberColumn(r, 'version'), stringColumn(r, 'name')])).toEqual(
        MIGRATIONS.map((m) => [m.version, m.name])
      );
      expect(rows.every((r) => r.applied_at !== null)).toBe(true);
    });

    it('applies nothing when migrated twice', async () => {
      const store = await migrated();
      expect(await store.migrate()).toEqual([]);
    });

    it('keeps schema and install id when reopened, and applies nothing', async () => {
      const p = await place();
      const first = await open(p);
      await first.migrate();
      const id = await first.installId();
      await first.close();
      const second = await open(p);
      expect(await second.migrate()).toEqual([]);
      expect(await second.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
      expect(await second.installId()).toBe(id);
    });

    it('gives each store its own install id', async () => {
      const [a, b] = await Promise.all([migrated(), migrated()]);
      const [idA, idB] = await Promise.all([a.installId(), b.installId()]);
      expect(idA).toMatch(UUID);
      expect(idB).toMatch(UUID);
      expect(idA).not.toBe(idB);
    });

    it('refuses installId before migrating, saying why', async () => {
      const store = await open(await place());
      await expect(store.installId()).rejects.toThrow('has no install id: migrate it first');
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      const store = await migrated();
      await store.sql.transaction((tx) => tx.exec(`INSERT INTO meta (key, value) VALUES ('kept', $1)`, ['yes']));
      const failing = store.sql.transaction(async (tx) => {
        await tx.exec(`INSERT INTO meta (key, value) VALUES ('dropped', $1)`, ['no']);
        throw new Error('abort');
      });
      await expect(failing).rejects.toThrow('abort');
      const rows = await store.sql.query(`SELECT key FROM meta WHERE key IN ('kept', 'dropped')`);
      expect(rows.map((r) => r.key)).toEqual(['kept']);
    });

    it('runs concurrent transactions without mixing them', async () => {
      const store = await migrated();
      const keys = ['c1', 'c2', 'c3', 'c4', 'c5'];
      await Promise.all(
        keys.map((key) =>
          store.sql.transaction(async (tx) => {
            await tx.exec('INSERT INTO meta (key, value) VALUES ($1, $2)', [key, 'v']);
            const rows = await tx.query('SELECT count(*) AS n FROM meta WHERE key = $1', [key]);
            expect(numberColumn(rows[0], 'n')).toBe(1);
          })
        )
      );
      const rows = await store.sql.query(`SELECT count(*) AS n FROM meta WHERE key LIKE 'c%'`);
      expect(numberColumn(rows[0], 'n')).toBe(keys.length);
    });

    it('rejects use after close', async () => {
      const store = await open(await place());
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
