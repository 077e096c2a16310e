import { insertEvents } from '../events/store-sink';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { StoreSourceResolver } from '../values/sources/source-resolver';
import { OwnEventsCopy } from './columnar/own-events-copy';
import { FunnelEngine } from './funnel-engine';
import { funnelDeps, journeyDoc } from './testing';

const doc = journeyDoc('j', 'ordered', ['visit', 'buy']);
const T0 = Date.parse('2026-04-01T10:00:00Z');
const row = (customer: string, minutes: number, event: string) => ({
  customer,
  time: T0 + minutes * 60_000,
  event,
  stage: null,
  channel: null,
  segment: null,
  region: null,
  value: null,
});

describe.each(STORE_PLACES)('the columnar copy when writes invalidate the engine (%s)', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let resolver: StoreSourceResolver;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    resolver = new StoreSourceResolver(store);
  });
  afterAll(async () => {
    await resolver.close();
    await store.close();
    await place.dispose();
  });

  it('is checked against the table only after invalidate()', async () => {
    const engine = new FunnelEngine({
      ...funnelDeps(resolver, doc, T0 + 1000 * 60_000),
      ownEvents: new OwnEventsCopy(store.sql),
      invalidatedOnWrites: true,
    });
    const range = { from: T0 - 60_000, to: T0 + 120 * 60_000 };
    const values = async () => (await engine.compute({ journey: 'j', range })).current.stages.map((s) => s.value);
    await insertEvents(store.sql, [row('a', 0, 'visit')]);
    expect(await values()).toEqual([1, 0]);
    await insertEvents(store.sql, [row('a', 5, 'buy'), row('b', 10, 'visit')]);
    // nothing said the store changed: the copy stands
    expect(await values()).toEqual([1, 0]);
    engine.invalidate();
    expect(await values()).toEqual([2, 1]);
  });

  it('warm() builds the copy before the first query when a journey reads the own events', async () => {
    const copy = new OwnEventsCopy(store.sql);
    const engine = new FunnelEngine({ ...funnelDeps(resolver, doc, T0 + 1000 * 60_000), ownEvents: copy });
    expect(copy.lastLoad).toBeNull();
    expect(await engine.warm(['j'])).toBe(true);
    expect(copy.lastLoad?.kind).toBe('full');
    expect(await engine.warm([])).toBe(false);
  });
});
