import { MIGRATIONS } from './migrations';
import { openStore } from './open-store';
import { describeStoreContract } from './store-contract';
import { postgresPlace } from '../test-support/places';
import { redactUrl } from './store-spec';
import { assertTestPostgres, testPostgresUrl } from '../test-support/postgres';

describe('PostgreSQL test setup', () => {
  it('reaches the test server', async () => {
    await expect(assertTestPostgres()).resolves.toBeUndefined();
  });
});

describeStoreContract('postgres', postgresPlace);

describe('PostgreSQL store', () => {
  it('reports its URL without the password as location', async () => {
    const place = await postgresPlace();
    const store = await place.open();
    try {
      const password = new URL(testPostgresUrl()).password;
      expect(store.location).toBe(redactUrl(testPostgresUrl()));
      expect(new URL(store.location).password).toBe('');
      if (password !== '') {
        expect(store.location).not.toContain(password);
      }
    } finally {
      await store.close();
      await place.dispose();
    }
  });

  it('lets replicas migrate the same schema at once: exactly one applies', async () => {
    const place = await postgresPlace();
    const a = await place.open();
    const b = await place.open();
    try {
      const results = await Promise.all([a.migrate(), b.migrate()]);
      const all = MIGRATIONS.map((m) => m.version);
      expect(results).toContainEqual([]);
      expect(results).toContainEqual(all);
      expect(await a.schemaVersion()).toBe(Math.max(...all));
    } finally {
      await a.close();
      await b.close();
      await place.dispose();
    }
  });

  it('refuses an unsafe schema name', async () => {
    await expect(openStore(testPostgresUrl(), { postgres: { schema: 'x; DROP TABLE y' } })).rejects.toThrow(
      'invalid PostgreSQL schema name'
    );
  });
});
