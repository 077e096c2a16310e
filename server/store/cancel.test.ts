import { type StorePlace } from './store-contract';
import { type Store } from './store';
import { STORE_PLACES } from '../test-support/places';

// Statements that run for minutes unless stopped.
const SLOW = {
  duckdb: 'SELECT sum(a.i * b.i) AS n FROM range(100000) a(i), range(1000000) b(i)',
  postgres: 'SELECT pg_sleep(120) AS n',
};

describe.each(STORE_PLACES)('an aborted read stops on the database (%s)', (kind, newPlace) => {
  let place: StorePlace;
  let store: Store;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it('interrupts a running statement, and the store answers the next read', async () => {
    const controller = new AbortController();
    const slow = store.sql.query(SLOW[kind], [], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('time budget')), 300);
    await expect(slow).rejects.toThrow(/interrupt|cancel/i);
    await expect(store.sql.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });

  it('never runs a read given up before it started', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gave up'));
    await expect(store.sql.query('SELECT 1 AS one', [], { signal: controller.signal })).rejects.toThrow('gave up');
  });
});
