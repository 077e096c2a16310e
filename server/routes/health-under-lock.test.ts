import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { apiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';

describe.each(STORE_PLACES)('/api/health while a write holds the store (%s)', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let api: Awaited<ReturnType<typeof apiOn>>;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    api = await apiOn(store);
  });
  afterAll(async () => {
    await api.app.close();
    await store.close();
    await place.dispose();
  });

  it('answers without a token and with one while a long transaction is open, as a long apply holds it', async () => {
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    // the transaction takes the store's writer until the test lets it go
    const write = store.sql.transaction(async (tx) => {
      await tx.exec('CREATE TEMPORARY TABLE IF NOT EXISTS held (x INTEGER)');
      await held;
    });
    const open = await api.call('GET', '/api/health', { as: 'none' });
    expect([open.statusCode, open.json()]).toEqual([200, { status: 'ok' }]);
    const signedIn = await api.call('GET', '/api/health', { as: 'viewer' });
    expect(signedIn.statusCode).toBe(200);
    // reads run on other connections than the writer (DuckDB's read pool, PostgreSQL's pool): the ping the
    // signed-in health answer makes completes while the write is open (whether within its 50 ms depends on load)
    await expect(store.ping()).resolves.toBeUndefined();
    finish();
    await write;
  });
});
