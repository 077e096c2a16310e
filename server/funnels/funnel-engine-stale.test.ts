import { type JourneyDocument } from '../../core/schema/journey';
import { insertEvents } from '../events/store-sink';
import { type VersionRecord } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { sourceDoc } from '../values/measure/test-events';
import { StoreSourceResolver } from '../values/sources/source-resolver';
import { OwnEventsCopy } from './columnar/own-events-copy';
import { FunnelEngine } from './funnel-engine';

const doc: JourneyDocument = {
  apiVersion: 'scorecard/v1',
  kind: 'Journey',
  metadata: { id: 'j' },
  spec: {
    name: 'j',
    source: 'own',
    conversionWindow: '1h',
    order: 'ordered',
    stages: ['visit', 'buy'].map((id) => ({ id, name: id, match: { event: id }, kpis: [] })),
  },
};
const record = { version: 1, document: doc, effectiveFrom: '2000-01-01T00:00:00.000Z' } as unknown as VersionRecord;
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
      registry: { versions: async () => [record] },
      resolver,
      sourceDocument: async (id) => (id === 'own' ? sourceDoc('own') : null),
      ownEvents: new OwnEventsCopy(store.sql),
      invalidatedOnWrites: true,
      now: () => T0 + 1000 * 60_000,
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
});
