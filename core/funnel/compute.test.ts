import { computeFunnel } from './compute';
import { type FunnelEvent, type FunnelJourney, type FunnelOrder } from './types';

const MIN = 60_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const at = (minutes: number) => T0 + minutes * MIN;

const ev = (customer: string, minutes: number, event: string, extra: Record<string, string> = {}): FunnelEvent => ({
  customer,
  time: at(minutes),
  event,
  ...extra,
});

function journey(order: FunnelOrder, stages: string[], extra: Partial<FunnelJourney> = {}): FunnelJourney {
  return { order, windowMs: 60 * MIN, stages: stages.map((s) => ({ id: s, match: { event: s } })), ...extra };
}

const WIDE = { from: at(0), to: at(1000) };
const NOW = at(100_000);
const counts = (events: FunnelEvent[], j: FunnelJourney, range = WIDE, now = NOW) =>
  computeFunnel(events, j, range, { now }).stages.map((s) => s.value);

describe('computeFunnel: ordered', () => {
  it('counts a customer in every stage up to the furthest reached in order; other events may come between', () => {
    const events = [
      ...[ev('c1', 0, 'a'), ev('c1', 5, 'x'), ev('c1', 10, 'b'), ev('c1', 20, 'c')],
      // c before b does not count for c
      ...[ev('c2', 0, 'a'), ev('c2', 5, 'c'), ev('c2', 10, 'b')],
      // never entered
      ev('c3', 0, 'b'),
    ];
    expect(counts(events, journey('ordered', ['a', 'b', 'c']))).toEqual([2, 2, 1]);
  });

  it('the window runs from the entry and includes its last instant; steps may fall after `to`, never after now', () => {
    const j = journey('ordered', ['a', 'b']);
    expect(counts([ev('c', 0, 'a'), ev('c', 60, 'b')], j)).toEqual([1, 1]);
    expect(counts([ev('c', 0, 'a'), { ...ev('c', 60, 'b'), time: at(60) + 1 }], j)).toEqual([1, 0]);
    const range = { from: at(0), to: at(30) };
    expect(counts([ev('c', 10, 'a'), ev('c', 50, 'b')], j, range)).toEqual([1, 1]);
    // an entry at or after `to` starts nothing
    expect(counts([ev('c', 30, 'a'), ev('c', 40, 'b')], j, range)).toEqual([0, 0]);
    expect(counts([ev('c', 10, 'a'), ev('c', 50, 'b')], j, range, at(45))).toEqual([1, 0]);
  });

  it('re-entry: each first-stage event starts an attempt and the earliest one reaching the highest level counts', () => {
    const j = journey('ordered', ['a', 'b']);
    const events = [ev('c', 0, 'a', { segment: 'smb' }), ev('c', 100, 'a', { segment: 'ent' }), ev('c', 110, 'b')];
    const result = computeFunnel(events, j, WIDE, { now: NOW, breakdown: 'segment' });
    expect(result.stages.map((s) => s.value)).toEqual([1, 1]);
    expect(result.customers).toEqual([
      { customer: 'c', level: 2, entry: at(100), steps: [at(100), at(110)], breakdown: 'ent', open: 0 },
    ]);
    expect(result.stages[1]?.medianTimeToConvert).toBe(600);
    expect(result.groups.map((g) => [g.breakdown, g.stages.map((s) => s.value)])).toEqual([['ent', [1, 1]]]);
  });

  it('ties keep the source row order', () => {
    const j = journey('ordered', ['a', 'b']);
    expect(counts([ev('c', 0, 'a'), ev('c', 0, 'b')], j)).toEqual([1, 1]);
    expect(counts([ev('c', 0, 'b'), ev('c', 0, 'a')], j)).toEqual([1, 0]);
  });

  it('one event is never two steps', () => {
    const j: FunnelJourney = {
      order: 'ordered',
      windowMs: 60 * MIN,
      stages: [
        { id: 'a', match: { event: 'a' } },
        { id: 'any', match: { event: ['b', 'c'] } },
        { id: 'c', match: { event: 'c' } },
      ],
    };
    expect(counts([ev('x', 0, 'a'), ev('x', 5, 'c')], j)).toEqual([1, 1, 0]);
    expect(counts([ev('x', 0, 'a'), ev('x', 5, 'c'), ev('x', 6, 'c')], j)).toEqual([1, 1, 1]);
  });

  it('a per-stage `within` lets a later match of a step be the one the next step needs; step times are that chain', () => {
    const j = journey('ordered', ['a', 'b', 'c']);
    const third = j.stages[2];
    if (third !== undefined) {
      third.withinMs = 10 * MIN;
    }
    const events = [ev('x', 0, 'a'), ev('x', 5, 'b'), ev('x', 30, 'b'), ev('x', 35, 'c')];
    const result = computeFunnel(events, j, WIDE, { now: NOW });
    expect(result.stages.map((s) => s.value)).toEqual([1, 1, 1]);
    expect(result.customers[0]?.steps).toEqual([at(0), at(30), at(35)]);
    expect(result.stages.map((s) => s.medianTimeToConvert)).toEqual([null, 1800, 300]);
    // without `within` the first b counts: the earliest chain
    const free = computeFunnel(events, journey('ordered', ['a', 'b', 'c']), WIDE, { now: NOW });
    expect(free.customers[0]?.steps).toEqual([at(0), at(5), at(35)]);
    // too late for any b: the customer stops at b
    expect(counts([ev('x', 0, 'a'), ev('x', 5, 'b'), ev('x', 30, 'c')], j)).toEqual([1, 1, 0]);
  });

  it('has no cap on stages: forty in order all count', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
    const events = ids.map((id, i) => ev('c', i, id));
    expect(counts(events, journey('ordered', ids))).toEqual(ids.map(() => 1));
  });
});

describe('computeFunnel: strict', () => {
  it('any other event of the customer between two steps ends the attempt', () => {
    const j = journey('strict', ['a', 'b', 'c']);
    const events = [
      ...[ev('c1', 0, 'a'), ev('c1', 5, 'x'), ev('c1', 10, 'b')],
      ...[ev('c2', 0, 'a'), ev('c2', 5, 'b'), ev('c2', 10, 'c')],
      ...[ev('c3', 0, 'a'), ev('c3', 5, 'b'), ev('c3', 6, 'b'), ev('c3', 10, 'c')],
    ];
    expect(counts(events, j)).toEqual([3, 2, 1]);
    // the same events counted in order: other events may come between
    expect(counts(events, journey('ordered', ['a', 'b', 'c']))).toEqual([3, 3, 2]);
  });

  it('the next event must also fall inside the window', () => {
    expect(counts([ev('c', 0, 'a'), ev('c', 61, 'b')], journey('strict', ['a', 'b']))).toEqual([1, 0]);
  });
});

describe('computeFunnel: unordered', () => {
  it('any stage starts an attempt and stage k means any k stages met within the window', () => {
    const j = journey('unordered', ['a', 'b', 'c']);
    const events = [
      ...[ev('c1', 0, 'c'), ev('c1', 5, 'a')],
      ev('c2', 0, 'b'),
      ...[ev('c3', 0, 'b'), ev('c3', 10, 'a'), ev('c3', 20, 'c')],
      // the third is outside the window of every entry that has met two
      ...[ev('c4', 0, 'a'), ev('c4', 30, 'b'), ev('c4', 95, 'c')],
    ];
    expect(counts(events, j)).toEqual([4, 3, 1]);
    const result = computeFunnel(events, j, WIDE, { now: NOW });
    expect(result.stages.map((s) => s.medianTimeToConvert)).toEqual([null, null, null]);
  });
});

describe('computeFunnel: journey options', () => {
  it('exclusion: an excluded event between the counted entry and its last step removes the customer', () => {
    const j = journey('ordered', ['a', 'b'], { exclude: [{ event: 'x' }] });
    const events = [
      ...[ev('c1', 0, 'a'), ev('c1', 5, 'x'), ev('c1', 10, 'b')],
      ...[ev('c2', 0, 'a'), ev('c2', 10, 'b'), ev('c2', 15, 'x')],
      ...[ev('c3', 0, 'a'), ev('c3', 5, 'x')],
    ];
    const result = computeFunnel(events, j, WIDE, { now: NOW });
    expect(result.customers.map((c) => [c.customer, c.level])).toEqual([
      ['c2', 2],
      ['c3', 1],
    ]);
    expect(result.stages.map((s) => s.value)).toEqual([2, 1]);
  });

  it('holding a column constant: every step carries the entry event’s value', () => {
    const j = journey('ordered', ['a', 'b'], { holdConstant: ['channel'] });
    const events = [
      ev('c', 0, 'a', { channel: 'web' }),
      ev('c', 5, 'b', { channel: 'app' }),
      ev('c', 10, 'b', { channel: 'web' }),
    ];
    const result = computeFunnel(events, j, WIDE, { now: NOW });
    expect(result.customers[0]?.steps).toEqual([at(0), at(10)]);
    expect(counts([ev('c', 0, 'a', { channel: 'web' }), ev('c', 5, 'b', { channel: 'app' })], j)).toEqual([1, 0]);
  });

  it('matches like the SQL engines: text columns as text, `value` as a number, missing never', () => {
    const j: FunnelJourney = {
      order: 'ordered',
      windowMs: 60 * MIN,
      stages: [
        { id: 'rated', match: { event: 'nps', value: [9, 10] } },
        { id: 'web', match: { channel: 'web' } },
      ],
    };
    const events: FunnelEvent[] = [
      { customer: 'p', time: at(0), event: 'nps', value: 9 },
      { customer: 'p', time: at(1), event: 'x', channel: 'web' },
      { customer: 'q', time: at(0), event: 'nps', value: 7 },
      { customer: 'r', time: at(0), event: 'nps', value: null },
    ];
    expect(counts(events, j)).toEqual([1, 1]);
  });
});

describe('computeFunnel: counting', () => {
  it('time to convert: median and mean in seconds over the customers who reached the stage', () => {
    const j = journey('ordered', ['a', 'b']);
    const three = [1, 2, 4].flatMap((m, i) => [ev(`c${i}`, 0, 'a'), ev(`c${i}`, m, 'b')]);
    expect(computeFunnel(three, j, WIDE, { now: NOW }).stages[1]).toMatchObject({
      medianTimeToConvert: 120,
      meanTimeToConvert: 140,
    });
    const four = [1, 2, 3, 10].flatMap((m, i) => [ev(`c${i}`, 0, 'a'), ev(`c${i}`, m, 'b')]);
    expect(computeFunnel(four, j, WIDE, { now: NOW }).stages[1]).toMatchObject({
      medianTimeToConvert: 150,
      meanTimeToConvert: 240,
    });
  });

  it('in progress: customers with an attempt still inside its window at now, per stage it reached', () => {
    const j = journey('ordered', ['a', 'b', 'c']);
    const events = [
      ...[ev('old', 0, 'a'), ev('old', 10, 'b')],
      ...[ev('new1', 100, 'a'), ev('new1', 110, 'b')],
      ev('new2', 120, 'a'),
    ];
    const result = computeFunnel(events, j, WIDE, { now: at(130) });
    expect(result.stages.map((s) => [s.value, s.inProgress])).toEqual([
      [3, 2],
      [2, 1],
      [0, 0],
    ]);
  });

  it('breakdown groups by the counted entry’s value, in text order with the missing value last', () => {
    const j = journey('ordered', ['a', 'b']);
    const events = [
      ev('c1', 0, 'a', { segment: 'smb' }),
      ev('c2', 0, 'a', { segment: 'ent' }),
      ev('c2', 5, 'b'),
      ev('c3', 0, 'a'),
      ev('c4', 0, 'a', { segment: 'smb' }),
      ev('c4', 3, 'b', { segment: 'ent' }),
    ];
    const groups = computeFunnel(events, j, WIDE, { now: NOW, breakdown: 'segment' }).groups;
    expect(groups.map((g) => [g.breakdown, g.stages.map((s) => s.value)])).toEqual([
      ['ent', [1, 1]],
      ['smb', [2, 1]],
      [null, [1, 0]],
    ]);
  });
});
