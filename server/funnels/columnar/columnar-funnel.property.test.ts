import fc from 'fast-check';
import { computeFunnel, type FunnelEvent, type FunnelJourney } from '../../../core/funnel';
import { ColumnarBuilder } from './columnar-events';
import { columnarFunnel } from './columnar-funnel';
import { customersByRange } from './customers-by-range';

const MIN = 60_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');
const NAMES = ['a', 'b', 'c', 'd'];

const eventArb = fc.record({
  customer: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
  // minutes, with many ties
  minute: fc.integer({ min: 0, max: 300 }),
  event: fc.constantFrom(...NAMES, 'x'),
  channel: fc.option(fc.constantFrom('web', 'app'), { nil: null }),
  segment: fc.option(fc.constantFrom('smb', 'ent'), { nil: null }),
  value: fc.option(fc.constantFrom(1, 2), { nil: null }),
});

const stageArb = fc.record({
  event: fc.oneof(fc.constantFrom(...NAMES), fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 })),
  channel: fc.option(fc.constantFrom('web', 'app'), { nil: undefined }),
  value: fc.option(fc.constantFrom(1, '2'), { nil: undefined }),
  within: fc.option(fc.constantFrom(10, 20, 60), { nil: undefined }),
  // a column the copy does not code (the object path)
  who: fc.option(fc.constantFrom('u1', 'u2'), { freq: 8, nil: undefined }),
});

const journeyArb = fc.record({
  order: fc.constantFrom('ordered' as const, 'strict' as const, 'unordered' as const),
  stages: fc.array(stageArb, { minLength: 1, maxLength: 5 }),
  window: fc.constantFrom(30, 60, 120),
  exclude: fc.boolean(),
  hold: fc.option(fc.constantFrom('channel', 'value'), { nil: undefined }),
});

type RandomJourney = typeof journeyArb extends fc.Arbitrary<infer T> ? T : never;

function journeyOf(j: RandomJourney): FunnelJourney {
  return {
    order: j.order,
    windowMs: j.window * MIN,
    stages: j.stages.map((s, i) => ({
      id: `s${i}`,
      match: {
        event: s.event,
        ...(s.channel === undefined ? {} : { channel: s.channel }),
        ...(s.value === undefined ? {} : { value: s.value }),
        ...(s.who === undefined ? {} : { customer: s.who }),
      },
      ...(s.within === undefined ? {} : { withinMs: s.within * MIN }),
    })),
    ...(j.exclude ? { exclude: [{ event: 'x', channel: 'app' }] } : {}),
    ...(j.hold === undefined ? {} : { holdConstant: [j.hold] }),
  };
}

/** Events in the builder's input order; the row order is the position (as the store's rowid). */
function columnar(events: readonly FunnelEvent[]) {
  const b = new ColumnarBuilder();
  events.forEach((e, i) =>
    b.add({
      customer: e.customer,
      time: e.time,
      order: i,
      event: (e.event as string | null) ?? null,
      stage: null,
      channel: (e.channel as string | null) ?? null,
      segment: (e.segment as string | null) ?? null,
      region: null,
      value: (e.value as number | null) ?? null,
    })
  );
  return b.build();
}

describe('columnarFunnel equals computeFunnel', () => {
  it('for random events, journeys (typed and object paths), ranges, now, breakdowns and sub-ranges', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 80 }),
        journeyArb,
        fc.integer({ min: 0, max: 250 }),
        fc.integer({ min: 10, max: 200 }),
        fc.integer({ min: 100, max: 500 }),
        fc.constantFrom(undefined, 'segment', 'channel', 'value'),
        fc.boolean(),
        (raw, j, start, length, nowMinute, breakdown, plain) => {
          const events: FunnelEvent[] = raw.map(({ minute, ...e }) => ({ ...e, time: T0 + minute * MIN }));
          const journey = journeyOf(
            plain
              ? {
                  ...j,
                  order: 'ordered',
                  exclude: false,
                  hold: undefined,
                  stages: j.stages.map((s) => ({ ...s, within: undefined })),
                }
              : j
          );
          const range = { from: T0 + start * MIN, to: T0 + (start + length) * MIN };
          const options = { now: T0 + nowMinute * MIN, ...(breakdown === undefined ? {} : { breakdown }) };
          const copy = columnar(events);
          const upToNow = events.filter((e) => e.time <= options.now);
          const got = columnarFunnel(copy, journey, range, options);
          const want = computeFunnel(upToNow, journey, range, options);
          expect(got.stages).toEqual(want.stages);
          expect(got.groups).toEqual(want.groups);
          const byName = (a: { customer: string }, b: { customer: string }) => (a.customer < b.customer ? -1 : 1);
          expect(got.outcomes.customers().sort(byName)).toEqual([...want.customers].sort(byName));
          // the conversion path: thirds of the range, each over only the customers with an event in it
          const third = Math.floor(length / 3) * MIN;
          const thirds = [0, 1, 2].map((i) => ({ from: range.from + i * third, to: range.from + (i + 1) * third }));
          const entrants = customersByRange(copy, thirds);
          thirds.forEach((bucket, i) => {
            expect(columnarFunnel(copy, journey, bucket, { now: options.now }, entrants[i]).stages).toEqual(
              computeFunnel(upToNow, journey, bucket, { now: options.now }).stages
            );
          });
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('counts a hand-made ordered funnel with ties kept in row order', () => {
    const at = (m: number) => T0 + m * MIN;
    const events: FunnelEvent[] = [
      { customer: 'u2', time: at(5), event: 'b' },
      { customer: 'u1', time: at(1), event: 'b' },
      { customer: 'u1', time: at(1), event: 'a' },
      { customer: 'u2', time: at(5), event: 'a' },
      { customer: 'u2', time: at(6), event: 'b' },
    ];
    const journey: FunnelJourney = {
      order: 'ordered',
      windowMs: 60 * MIN,
      stages: [
        { id: 'a', match: { event: 'a' } },
        { id: 'b', match: { event: 'b' } },
      ],
    };
    const got = columnarFunnel(columnar(events), journey, { from: at(0), to: at(30) }, { now: at(1000) });
    // u1's b ties with its a but comes first in row order: u1 stops at a; u2 reaches b at minute 6
    expect(got.stages.map((s) => s.value)).toEqual([2, 1]);
    expect(got.stages[1]?.medianTimeToConvert).toBe(60);
    expect(got.outcomes.customers().map((c) => [c.customer, c.level])).toEqual([
      ['u1', 1],
      ['u2', 2],
    ]);
  });
});
