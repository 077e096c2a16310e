import { countEvents } from '../events/stats';
import { insertEvents } from '../events/store-sink';
import { sampleRows } from '../events/test-rows';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { type Store } from '../store/store';
import { kpiDoc } from '../test-support/documents';
import { loadExampleOrg } from './example-org';
import { seedEmptyStore } from './serve-seed';

describe('seedEmptyStore (serve --demo)', () => {
  let store: Store;
  const options = { events: 5_000, seed: 'serve' };

  beforeEach(async () => {
    store = await openStore(':memory:');
    await store.migrate();
  });
  afterEach(() => store.close());

  it('seeds an empty store and keeps it usable by its owner', async () => {
    const result = await seedEmptyStore(store, options);
    expect(result?.seeded).toBe(true);
    expect(await countEvents(store.sql)).toBe(5_000);
    expect(result?.maturity?.added).toBe(24);

    // also seeds 24 maturity cycles (a few seconds on DuckDB, more under load)
  }, 60_000);

  it('leaves a store with events alone', async () => {
    await insertEvents(store.sql, sampleRows(3));
    expect(await seedEmptyStore(store, options)).toBeNull();
    expect(await countEvents(store.sql)).toBe(3);
  });

  it('leaves a store with its own registry resources alone', async () => {
    const registry = await createRegistry(store);
    await registry.apply([kpiDoc('own.kpi')], { name: 'ann', role: 'admin' }, { approve: true });
    expect(await seedEmptyStore(store, options)).toBeNull();
    expect(await countEvents(store.sql)).toBe(0);
  });

  it('finishes a seed that stopped after the example organisation was applied', async () => {
    const registry = await createRegistry(store);
    const docs = await loadExampleOrg();
    await registry.apply(
      docs.filter((d) => d.kind !== 'FreezeWindow'),
      { name: 'ann', role: 'admin', credential: 'local' },
      { approve: true, approvedBy: 'reviewer' }
    );
    const result = await seedEmptyStore(store, options);
    expect(result).toMatchObject({ seeded: true, org: { created: 2 } });
  });
});
