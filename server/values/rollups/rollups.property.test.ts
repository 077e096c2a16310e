import fc from 'fast-check';
import { intervalGrid, periodsUpTo, type BucketGrid } from '../../../core/periods';
import { deleteAllEvents } from '../../events/stats';
import { insertEvents } from '../../events/store-sink';
import { type EventRow } from '../../events/types';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { STORE_PLACES } from '../../test-support/places';
import { type Measure } from '../measure/compile-measure';
import { SqlMeasureRunner } from '../measure/measure-runner';
import { measureKpi, sourceDoc } from '../measure/test-events';
import { StoreSourceResolver } from '../sources/source-resolver';
import { type SeriesPoints } from '../types';
import { Rollups } from './rollup-store';
import { slotMsFor } from './slot';

const START = Date.parse('2026-10-22T00:00:00Z');
const SPAN = 12 * 86_400_000; // over the fall-back of Europe and the United States
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu'];
const INTERVALS = [900_000, 3_600_000, 6 * 3_600_000, 86_400_000, 7 * 86_400_000];

const MEASURES: Array<Omit<Measure, 'source'>> = [
  { aggregate: 'count', filter: { event: 'a' } },
  { aggregate: 'sum', field: 'value', filter: { event: ['a', 'b'] } },
  { aggregate: 'min', field: 'value' },
  { aggregate: 'max', field: 'value', filter: { segment: 'x' } },
  { aggregate: 'avg', field: 'value', filter: { event: 'b' } },
  { aggregate: 'ratio', numerator: { event: 'b' }, denominator: { event: ['a', 'b'] } },
  { aggregate: 'nps', field: 'value', filter: { event: 'a' } },
  { aggregate: 'csat', field: 'value' },
  { aggregate: 'ces', field: 'value', filter: { segment: ['x', 'y'] } },
];

const event = fc.record({
  time: fc.integer({ min: START, max: START + SPAN - 1 }),
  event: fc.constantFrom('a', 'b', 'c'),
  value: fc.option(fc.integer({ min: -2, max: 12 }), { nil: null }),
  segment: fc.option(fc.constantFrom('x', 'y'), { nil: null }),
});
const rows = (
  events: Array<{ time: number; event: string; value: number | null; segment: string | null }>
): EventRow[] => events.map((e) => ({ ...e, customer: null, stage: null, channel: null, region: null }));

const request = fc.record({
  from: fc.integer({ min: START - 86_400_000, max: START + SPAN }),
  length: fc.integer({ min: 60_000, max: SPAN }),
  interval: fc.constantFrom(...INTERVALS, 0),
  zone: fc.constantFrom(...ZONES),
  measure: fc.integer({ min: 0, max: MEASURES.length - 1 }),
});

type Requested = { from: number; length: number; interval: number; zone: string; measure: number };

/** Values equal to the last bits a different order of additions can change. */
function expectSameSeries(got: SeriesPoints[], want: SeriesPoints[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((s, i) => {
    const w = want[i]?.points ?? [];
    expect(s.points.map((p) => p.time)).toEqual(w.map((p) => p.time));
    s.points.forEach((p, j) => {
      const q = w[j];
      for (const key of ['value', 'sample', 'moe'] as const) {
        const a = p[key];
        const b = q?.[key];
        if (typeof a === 'number' && typeof b === 'number') {
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
        } else {
          expect(a).toEqual(b);
        }
      }
      expect(p.flags).toEqual(q?.flags);
      expect(p.reason).toEqual(q?.reason);
    });
  });
}

describe.each(STORE_PLACES)('pre-aggregates on %s equal the events', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let resolver: StoreSourceResolver;
  const sourceDocument = async (id: string) => (id === 'own' ? sourceDoc('own') : null);
  let plain: SqlMeasureRunner;
  const runners = new Map<string, SqlMeasureRunner>();

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    resolver = new StoreSourceResolver(store);
    plain = new SqlMeasureRunner({ resolver, sourceDocument });
    for (const zone of ZONES) {
      const rollups = { store: new Rollups(store.sql), slotMs: slotMsFor(zone) };
      const runner = new SqlMeasureRunner({ resolver, sourceDocument, rollups });
      runners.set(zone, runner);
      // built up front (a query reads events while a build runs): every comparison below reads pre-aggregates
      for (const [i, m] of MEASURES.entries()) {
        expect(await runner.prepare(measureKpi(`m${i}`, m))).toBe(true);
      }
    }
  });

  afterAll(async () => {
    await resolver.close();
    await store.close();
    await place.dispose();
  });

  async function compare(r: Requested): Promise<void> {
    const range = { from: r.from, to: r.from + r.length };
    const grid: BucketGrid =
      r.interval === 0
        ? (() => {
            const months = periodsUpTo(range.to, 'month', r.zone, 2);
            return { starts: months.map((m) => m.start), end: months[months.length - 1]?.end ?? range.to };
          })()
        : intervalGrid(range, r.interval, r.zone);
    const kpi = measureKpi(`m${r.measure}`, MEASURES[r.measure] ?? { aggregate: 'count' });
    const req = { kpi, range, intervalMs: r.interval || 86_400_000, grid };
    const want = await plain.run(req);
    const got = await runners.get(r.zone)?.run(req);
    expectSameSeries(got ?? [], want);
  }

  it('for random events, ranges, intervals, periods and zones, before and after further ingests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 100, maxLength: 400 }),
        fc.array(event, { maxLength: 40 }),
        fc.array(request, { minLength: 1, maxLength: 4 }),
        async (first, later, requests) => {
          await deleteAllEvents(store.sql);
          await insertEvents(store.sql, rows(first));
          for (const r of requests) {
            await compare(r);
          }
          // maintenance: the pre-aggregates built above take in the new events
          await insertEvents(store.sql, rows(later));
          for (const r of requests) {
            await compare(r);
          }
        }
      ),
      { numRuns: 40 }
    );
  }, 170_000);
});
