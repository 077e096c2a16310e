import { numberColumn } from '../store/sql';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { BatchConflictError, landBatch, landedBatches } from './batches';
import { countEvents, deleteAllEvents, eventStats } from './stats';
import { insertEvents, StoreEventSink } from './store-sink';
import { sampleRows } from './test-rows';
import { type EventRow } from './types';

async function readBack(store: Store): Promise<EventRow[]> {
  const ms = store.kind === 'duckdb' ? 'epoch_ms(time)' : 'CAST(extract(epoch FROM time) * 1000 AS BIGINT)';
  const rows = await store.sql.query(
    `SELECT ${ms} AS ms, customer, event, stage, channel, segment, region, value FROM events ORDER BY time`
  );
  return rows.map((r) => ({
    time: numberColumn(r, 'ms') ?? NaN,
    customer: r.customer === null ? null : String(r.customer),
    event: String(r.event),
    stage: r.stage === null ? null : String(r.stage),
    channel: r.channel === null ? null : String(r.channel),
    segment: r.segment === null ? null : String(r.segment),
    region: r.region === null ? null : String(r.region),
    value: numberColumn(r, 'value'),
  }));
}

describe.each(STORE_PLACES)('events on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  beforeEach(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it('writes rows exactly (ms times, nulls, quotes) in batches and reports stats', async () => {
    const rows = sampleRows(2_345);
    const sink = new StoreEventSink(store.sql, { batchSize: 1000 });
    await sink.append(rows.slice(0, 1500));
    await sink.append(rows.slice(1500));
    expect(await sink.close()).toBe(2_345);
    expect(await readBack(store)).toEqual(rows);
    const stats = await eventStats(store.sql);
    expect(stats).toEqual({
      events: 2_345,
      byEvent: { login: 2_345 },
      customers: 50,
      from: new Date(rows[0]?.time ?? 0).toISOString(),
      to: new Date(rows[2_344]?.time ?? 0).toISOString(),
    });
  });

  it('shows nothing before close and keeps nothing after abort', async () => {
    const sink = new StoreEventSink(store.sql, { batchSize: 100 });
    await sink.append(sampleRows(250));
    await sink.abort();
    expect(await countEvents(store.sql)).toBe(0);
    await expect(sink.append(sampleRows(1))).rejects.toThrow('the event sink is closed');
  });

  it('lands a batch id with its rows in one transaction: aborted, neither; committed, a retry stores nothing', async () => {
    const aborted = new StoreEventSink(store.sql);
    await aborted.append(sampleRows(40), 'f-1-0');
    await aborted.abort();
    expect(await landedBatches(store.sql, 'f-1-')).toEqual(new Map());
    const sink = new StoreEventSink(store.sql);
    await sink.append(sampleRows(40), 'f-1-0');
    await sink.append(sampleRows(40), 'f-1-0');
    await sink.append(sampleRows(3), 'f-1-40');
    expect(await sink.close()).toBe(43);
    expect(await landedBatches(store.sql, 'f-1-')).toEqual(
      new Map([
        ['f-1-0', 40],
        ['f-1-40', 3],
      ])
    );
    expect(await landBatch(store.sql, 'f-1-40', sampleRows(3))).toEqual({ id: 'f-1-40', rows: 3, duplicate: true });
    await expect(landBatch(store.sql, 'f-1-40', sampleRows(4))).rejects.toThrow(BatchConflictError);
    expect(await countEvents(store.sql)).toBe(43);
    const replacing = new StoreEventSink(store.sql, { replace: true });
    await replacing.append(sampleRows(3), 'f-1-40');
    expect(await replacing.close()).toBe(3);
    expect(await landedBatches(store.sql, 'f-1-')).toEqual(new Map([['f-1-40', 3]]));
  });

  it('inserts all or nothing, and deletes all', async () => {
    expect(await insertEvents(store.sql, sampleRows(30))).toBe(30);
    const rows = sampleRows(20_001);
    // a row that bypassed validation (no time) fails the last batch, and the first two batches roll back
    rows.push(...sampleRows(1).map((row) => ({ ...row, time: Number.NaN })));
    await expect(insertEvents(store.sql, rows)).rejects.toThrow();
    expect(await countEvents(store.sql)).toBe(30);
    const replacing = new StoreEventSink(store.sql, { replace: true });
    await replacing.append(sampleRows(5));
    await replacing.abort();
    expect(await countEvents(store.sql)).toBe(30);
    const replaced = new StoreEventSink(store.sql, { replace: true, batchSize: 7 });
    await replaced.append(sampleRows(12));
    expect(await replaced.close()).toBe(12);
    expect(await countEvents(store.sql)).toBe(12);
    expect(await deleteAllEvents(store.sql)).toBe(12);
    expect(await eventStats(store.sql)).toEqual({ events: 0, byEvent: {}, customers: 0, from: null, to: null });
  });
});
