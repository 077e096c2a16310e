import fc from 'fast-check';
import { computeFunnel, type FunnelEvent } from '../../core/funnel';
import { type JourneyDocument, type JourneySpec } from '../../core/schema/journey';
import { deleteAllEvents } from '../events/stats';
import { insertEvents } from '../events/store-sink';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { StoreSourceResolver } from '../values/sources/source-resolver';
import { FunnelEngine } from './funnel-engine';
import { funnelDeps } from './testing';

const MIN = 60_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');
const NOW = T0 + 400 * MIN;
const NAMES = ['a', 'b', 'c', 'd'];

const eventArb = fc.record({
  customer: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
  // minutes, with many ties
  minute: fc.integer({ min: 0, max: 300 }),
  event: fc.constantFrom(...NAMES, 'x'),
  channel: fc.option(fc.constantFrom('web', 'app'), { nil: null }),
  segment: fc.option(fc.constantFrom('smb', 'ent'), { nil: null }),
});

const journeyArb = fc.record({
  order: fc.constantFrom('ordered', 'strict', 'unordered'),
  stages: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 4 }),
  window: fc.constantFrom('30m', '1h', '2h'),
  within: fc.option(fc.constantFrom('10m', '20m'), { nil: undefined }),
  exclude: fc.boolean(),
  hold: fc.boolean(),
});

interface RandomJourney {
  order: 'ordered' | 'strict' | 'unordered';
  stages: string[];
  window: string;
  within: string | undefined;
  exclude: boolean;
  hold: boolean;
}

function spec(j: RandomJourney): JourneySpec {
  return {
    name: 'random',
    source: 'own',
    conversionWindow: j.window,
    order: j.order,
    stages: j.stages.map((e: string, i: number) => ({
      id: `s${i}`,
      name: e,
      match: { event: e },
      kpis: [],
      ...(i === j.stages.length - 1 && j.within !== undefined ? { within: j.within } : {}),
    })),
    ...(j.exclude ? { exclude: [{ event: 'x', channel: 'app' }] } : {}),
    ...(j.hold ? { holdConstant: ['channel' as const] } : {}),
  };
}

describe.each(STORE_PLACES)('the funnel engine on %s equals computeFunnel', (_kind, newPlace) => {
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

  it('for random events, journeys (ordered, strict, unordered, within, exclusion, held column), ranges and breakdowns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { maxLength: 80 }),
        journeyArb,
        fc.integer({ min: 0, max: 250 }),
        fc.integer({ min: 10, max: 200 }),
        fc.constantFrom(undefined, 'segment'),
        async (raw, j, start, length, breakdown) => {
          const events: FunnelEvent[] = raw.map((e) => ({ ...e, time: T0 + e.minute * MIN }));
          await deleteAllEvents(store.sql);
          await insertEvents(
            store.sql,
            events.map((e) => ({
              time: e.time,
              customer: String(e.customer),
              event: String(e.event),
              channel: (e.channel as string | null) ?? null,
              segment: (e.segment as string | null) ?? null,
              stage: null,
              region: null,
              value: null,
            }))
          );
          const doc: JourneyDocument = {
            apiVersion: 'scorecard/v1',
            kind: 'Journey',
            metadata: { id: 'j' },
            spec: spec(j),
          };
          const engine = new FunnelEngine(funnelDeps(resolver, doc, NOW));
          const range = { from: T0 + start * MIN, to: T0 + (start + length) * MIN };
          const got = await engine.compute({
            journey: 'j',
            range,
            previous: true,
            ...(breakdown ? { breakdown } : {}),
          });
          const options = { now: NOW, ...(breakdown ? { breakdown } : {}) };
          const want = computeFunnel(events, got.journey, range, options);
          expect(got.current.stages).toEqual(want.stages);
          expect(got.current.groups).toEqual(want.groups);
          const before = { from: range.from - (range.to - range.from), to: range.from };
          expect(got.previous?.stages).toEqual(computeFunnel(events, got.journey, before, options).stages);
        }
      ),
      { numRuns: 1000 }
    );
  }, 175_000);
});
