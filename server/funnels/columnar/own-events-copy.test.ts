import { deleteAllEvents } from '../../events/stats';
import { insertEvents } from '../../events/store-sink';
import { type EventRow } from '../../events/types';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { kpiDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';
import { StoreSourceResolver } from '../../values/sources/source-resolver';
import { FunnelEngine } from '../funnel-engine';
import { funnelDeps, journeyDoc } from '../testing';
import { type ColumnarEvents } from './columnar-events';
import { OwnEventsCopy } from './own-events-copy';

const MIN = 60_000;
const T0 = Date.parse('2026-05-01T00:00:00Z');

const row = (customer: string | null, minute: number, event: string, extra: Partial<EventRow> = {}): EventRow => ({
  time: T0 + minute * MIN,
  customer,
  event,
  stage: null,
  channel: null,
  segment: null,
  region: null,
  value: null,
  ...extra,
});

/** Each customer's events as "minute:event". */
function listing(e: ColumnarEvents): Record<string, string[]> {
  const codes = e.text.event;
  return Object.fromEntries(
    e.customers.map((c, i) => {
      const out: string[] = [];
      for (let j = e.starts[i] ?? 0; j < (e.starts[i + 1] ?? 0); j++) {
        out.push(`${((e.time[j] ?? 0) - T0) / MIN}:${codes.dict[codes.codes[j] ?? -1] ?? '-'}`);
      }
      return [c, out];
    })
  );
}

describe.each(STORE_PLACES)('the columnar copy of the events on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it('loads in customer, time and row order, merges new ingests and rebuilds after a delete', async () => {
    await deleteAllEvents(store.sql);
    await insertEvents(store.sql, [
      row('u2', 1, 'b'),
      row('u1', 1, 'b', { channel: 'web', value: 3 }),
      row('u1', 1, 'a'),
      row('u2', 0, 'c'),
      row(null, 0, 'a'),
    ]);
    const copy = new OwnEventsCopy(store.sql, { pageSize: 2 });
    const first = await copy.current();
    expect(listing(first)).toEqual({ u1: ['1:b', '1:a'], u2: ['0:c', '1:b'] });
    expect(first.text.channel.dict[first.text.channel.codes[0] ?? -1]).toBe('web');
    expect(first.text.channel.codes[1]).toBe(-1);
    expect(Array.from(first.value)).toEqual([3, NaN, NaN, NaN]);
    expect(copy.lastLoad).toMatchObject({ kind: 'full', rows: 5, events: 4 });

    await insertEvents(store.sql, [row('u1', 1, 'c'), row('u0', 2, 'a')]);
    expect(listing(await copy.current())).toEqual({ u0: ['2:a'], u1: ['1:b', '1:a', '1:c'], u2: ['0:c', '1:b'] });
    expect(copy.lastLoad).toMatchObject({ kind: 'merge', rows: 2, events: 6 });

    const merged = copy.lastLoad;
    await copy.current();
    expect(copy.lastLoad).toBe(merged);

    await deleteAllEvents(store.sql);
    await insertEvents(store.sql, [row('u9', 5, 'a')]);
    expect(listing(await copy.current())).toEqual({ u9: ['5:a'] });
    expect(copy.lastLoad).toMatchObject({ kind: 'full', rows: 1, events: 1 });
  });

  it('gives the funnel engine the same answer as reading the events table', async () => {
    await deleteAllEvents(store.sql);
    await insertEvents(store.sql, [
      row('u1', 0, 'a', { segment: 'smb' }),
      row('u1', 10, 'b'),
      row('u2', 5, 'a', { segment: 'ent' }),
      row('u3', 20, 'b'),
      row('u3', 30, 'a', { segment: 'smb' }),
      row('u3', 40, 'b'),
    ]);
    const doc = journeyDoc('j', 'ordered', ['a', 'b']);
    const resolver = new StoreSourceResolver(store);
    const copy = new OwnEventsCopy(store.sql);
    const deps = funnelDeps(resolver, doc, T0 + 1000 * MIN);
    try {
      const req = { journey: 'j', range: { from: T0, to: T0 + 60 * MIN }, breakdown: 'segment' };
      const columnar = await new FunnelEngine({ ...deps, ownEvents: copy }).compute(req);
      const sql = await new FunnelEngine(deps).compute(req);
      expect(copy.lastLoad?.events).toBe(6);
      expect(columnar.current.stages.map((s) => s.value)).toEqual([3, 2]);
      expect(columnar.current.groups.map((g) => [g.breakdown, g.stages[1]?.value])).toEqual([
        ['ent', 0],
        ['smb', 2],
      ]);
      expect(columnar.current.stages).toEqual(sql.current.stages);
      expect(columnar.current.groups).toEqual(sql.current.groups);
      const measure = { aggregate: 'conversion' as const, journey: 'j', from: 'a', to: 'b' };
      const conv = {
        kpi: kpiDoc('k'),
        range: { from: T0, to: T0 + 60 * MIN },
        grid: { starts: [T0, T0 + 20 * MIN, T0 + 40 * MIN], end: T0 + 60 * MIN },
      };
      const points = await new FunnelEngine({ ...deps, ownEvents: copy }).conversion(measure, conv);
      // u1 (a at 0, b at 10) in the first bucket, u2 (a at 5, no b) too; u3 (a at 30, b at 40) in the second
      expect(points[0]?.points.map((p) => [p.value, p.sample])).toEqual([
        [0.5, 2],
        [1, 1],
        [null, 0],
      ]);
      expect(points).toEqual(await new FunnelEngine(deps).conversion(measure, conv));
    } finally {
      await resolver.close();
    }
  });
});
