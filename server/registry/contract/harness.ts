import { type StorePlace } from '../../store/store-contract';
import { type Store, type StoreKind } from '../../store/store';
import { createRegistry } from '../index';
import { type Registry } from '../types';
import { TestClock } from './fixtures';

export interface Opened {
  registry: Registry;
  store: Store;
  clock: TestClock;
  place: StorePlace;
}

export interface RegistryHarness {
  kind: StoreKind;
  /** A registry on a fresh, empty store; closed and removed after the test. */
  open(): Promise<Opened>;
  /** Another store and registry on the same place (a second replica on PostgreSQL). */
  attach(place: StorePlace, clock?: TestClock): Promise<Registry>;
}

/** Registers the hooks that clean up after each test of the calling describe block. */
export function useHarness(kind: StoreKind, newPlace: () => Promise<StorePlace>): RegistryHarness {
  let stores: Store[] = [];
  let places: StorePlace[] = [];

  afterEach(async () => {
    await Promise.allSettled(stores.map((s) => s.close()));
    await Promise.allSettled(places.map((p) => p.dispose()));
    stores = [];
    places = [];
  });

  async function attach(place: StorePlace, clock = new TestClock()): Promise<Registry> {
    const store = await place.open();
    stores.push(store);
    return createRegistry(store, { now: clock.now });
  }

  return {
    kind,
    attach,
    async open() {
      const place = await newPlace();
      places.push(place);
      const store = await place.open();
      stores.push(store);
      const clock = new TestClock();
      return { registry: await createRegistry(store, { now: clock.now }), store, clock, place };
    },
  };
}
