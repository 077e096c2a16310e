import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIONS } from './migrations';
import { openStore } from './open-store';
import { describeStoreContract, StorePlace } from './store-contract';
import { redactUrl } from './store-spec';
import { assertTestPostgres, testPostgresUrl } from '../test-support/postgres';

function requireUrl(): string {
  return testPostgresUrl();
}

async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: requireUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Each place is its own schema t_<random>, created by the store and dropped afterwards. */
async function postgresPlace(): Promise<StorePlace> {
  const connection = requireUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    open: () => openStore(connection, { postgres: { schema, poolSize: 4 } }),
    dispose: () => dropSchema(schema),
  };
}

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
      const password = new URL(requireUrl()).password;
      expect(store.location).toBe(redactUrl(requireUrl()));
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
    await expect(openStore(requireUrl(), { postgres: { schema: 'x; DROP TABLE y' } })).rejects.toThrow(
      'invalid PostgreSQL schema name'
    );
  });
});
