import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildApp } from '../../app';
import { createRegistry } from '../../registry';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { ADMIN_TOKEN, testTokens } from '../../test-support/fixtures';
import { STORE_PLACES } from '../../test-support/places';
import { countEvents, eventStats } from '../stats';
import { LocalDataTarget } from '../target/local-data';
import { RemoteDataTarget } from '../target/remote-data';
import { type DataTarget } from '../target/data-target';
import { type EventRow, type EventSink } from '../types';
import { AlreadyImportedError, importEventFile, ImportInterruptedError } from './import-events';

/** Writes a file with DuckDB's COPY ... TO from `select` (n rows numbered i). */
async function copyTo(path: string, select: string, n: number, options: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (${select} FROM range(${n}) AS r(i) ORDER BY i) TO '${path}' (${options})`);
  connection.closeSync();
  instance.closeSync();
}

const CANONICAL = `SELECT strftime(TIMESTAMP '2025-01-01' + i * INTERVAL 1 MINUTE, '%Y-%m-%dT%H:%M:%SZ') AS time,
  'c' || (i % 40) AS customer, CASE WHEN i % 10 = 0 THEN 'purchase' ELSE 'login' END AS event,
  'retention' AS stage, 'app' AS channel, 'smb' AS segment, 'emea' AS region,
  CASE WHEN i % 10 = 0 THEN CAST(i * 10 AS VARCHAR) ELSE '' END AS value, 'x' AS extra`;

/** The target, whose event sink fails at its n-th batch after that batch was sent. */
function stopAfter(target: DataTarget, n: number): DataTarget {
  return {
    where: target.where,
    atomic: target.atomic,
    registry: target.registry,
    eventStats: () => target.eventStats(),
    deleteEvents: () => target.deleteEvents(),
    landedBatches: (prefix) => target.landedBatches(prefix),
    addCheckIns: (groups) => target.addCheckIns(groups),
    close: () => target.close(),
    async eventSink(): Promise<EventSink> {
      const sink = await target.eventSink();
      let batches = 0;
      return {
        append: async (rows: readonly EventRow[], batchId?: string) => {
          await sink.append(rows, batchId);
          if (++batches === n) {
            throw new Error('connection lost');
          }
        },
        close: () => sink.close(),
        abort: () => sink.abort(),
      };
    },
  };
}

describe.each(STORE_PLACES)('import events files into %s', (_kind, newPlace) => {
  let dir: string;
  let place: StorePlace;
  let store: Store;
  let target: LocalDataTarget;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scorecard-import-'));
    place = await newPlace();
    store = await place.open();
    target = await LocalDataTarget.open(store, 'import-test');
  });
  afterAll(async () => {
    await target.close();
    await place.dispose();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => target.deleteEvents());

  it('reads a CSV by column names, ISO times and empty values, and names the ignored columns', async () => {
    const file = join(dir, 'events.csv');
    await copyTo(file, CANONICAL, 1_000, "HEADER, DELIMITER ','");
    const result = await importEventFile(target, file);
    expect(result).toMatchObject({ imported: 1_000, ignored: ['extra'] });
    const stats = await eventStats(store.sql);
    expect(stats).toMatchObject({ events: 1_000, byEvent: { login: 900, purchase: 100 }, customers: 40 });
    expect(stats.from).toBe('2025-01-01T00:00:00.000Z');
  });

  it('reads a typed Parquet file with other column names through a map', async () => {
    const file = join(dir, 'events.parquet');
    const select = `SELECT TIMESTAMP '2025-02-01' + i * INTERVAL 1 HOUR AS ts, 'acct' || i AS account,
      'nps_response' AS kind, CAST(i % 11 AS INTEGER) AS score`;
    await copyTo(file, select, 500, 'FORMAT parquet');
    const map = { time: 'ts', customer: 'account', event: 'kind', value: 'score' };
    expect((await importEventFile(target, file, { map })).imported).toBe(500);
    const [row] = await store.sql.query('SELECT count(*) AS n, sum(value) AS total FROM events WHERE value = 10');
    expect(Number(row?.n)).toBe(45);
    expect((await eventStats(store.sql)).from).toBe('2025-02-01T00:00:00.000Z');
  });

  it('refuses the whole file at the first bad row, naming its line, even past the first batches', async () => {
    const file = join(dir, 'bad.csv');
    const select = CANONICAL.replace(
      'CAST(i * 10 AS VARCHAR)',
      "CASE WHEN i = 23450 THEN 'lots' ELSE CAST(i * 10 AS VARCHAR) END"
    );
    await copyTo(file, select, 25_000, 'HEADER');
    await expect(importEventFile(target, file)).rejects.toThrow(
      'line 23452: value: must be a number or empty, got "lots"'
    );
    expect(await countEvents(store.sql)).toBe(0);
    await writeFile(join(dir, 'no-event.csv'), 'time,customer\n2025-01-01,c1\n');
    await expect(importEventFile(target, join(dir, 'no-event.csv'))).rejects.toThrow(
      'the file has no "event" column (it has time, customer): name one with --map event=<column>'
    );
  });

  it('streams to a running server as NDJSON batches after checking the whole file', async () => {
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const remote = new RemoteDataTarget(url, ADMIN_TOKEN, 'ann', 300);
      const file = join(dir, 'events.csv');
      const checked: number[] = [];
      const result = await importEventFile(remote, file, { onCheck: (n) => checked.push(n) });
      expect(result.imported).toBe(1_000);
      expect(checked).toEqual([1_000]);
      const bad = join(dir, 'bad.csv');
      await expect(importEventFile(remote, bad)).rejects.toThrow('line 23452: value');
      expect(await countEvents(store.sql)).toBe(1_000);
    } finally {
      await app.close();
    }
  });

  it('says how many rows landed when a server import stops, refuses a plain rerun, and resumes without duplicates', async () => {
    const app = buildApp({ store, tokens: testTokens(), logger: false, registry: await createRegistry(store) });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const file = join(dir, 'big.csv');
      await copyTo(file, CANONICAL, 25_000, 'HEADER');
      const remote = new RemoteDataTarget(url, ADMIN_TOKEN, 'ann');
      // the second batch lands on the server but its answer is lost, as when the CLI is killed mid-request
      const landed: number[] = [];
      const err = await importEventFile(stopAfter(remote, 2), file, { onLanded: (n) => landed.push(n) }).catch(
        (e: unknown) => e
      );
      expect(err).toBeInstanceOf(ImportInterruptedError);
      expect(err).toMatchObject({ message: 'connection lost', landed: 10_000, total: 25_000 });
      expect(landed).toEqual([0, 10_000]);
      expect(await countEvents(store.sql)).toBe(20_000);
      await expect(importEventFile(remote, file)).rejects.toThrow(
        `this file was imported before (20,000 of its 25,000 rows are in ${url}): pass --resume to import only the rest`
      );
      await expect(importEventFile(remote, file)).rejects.toBeInstanceOf(AlreadyImportedError);
      const resumed = await importEventFile(remote, file, { resume: true });
      expect(resumed).toMatchObject({ imported: 5_000, skipped: 20_000 });
      expect(await countEvents(store.sql)).toBe(25_000);
      expect(await importEventFile(remote, file, { resume: true })).toMatchObject({ imported: 0, skipped: 25_000 });
      expect(await countEvents(store.sql)).toBe(25_000);
    } finally {
      await app.close();
    }
  });

  it('records a local import batch by batch: a rerun is refused and a resume adds nothing', async () => {
    const file = join(dir, 'local-big.csv');
    await copyTo(file, CANONICAL, 25_000, 'HEADER');
    const stopped = await importEventFile(stopAfter(target, 2), file).catch((e: unknown) => e);
    expect(stopped).toMatchObject({ landed: 0, total: 25_000 });
    expect(await countEvents(store.sql)).toBe(0);
    expect(await importEventFile(target, file, { resume: true })).toMatchObject({ imported: 25_000, skipped: 0 });
    await expect(importEventFile(target, file)).rejects.toBeInstanceOf(AlreadyImportedError);
    expect(await importEventFile(target, file, { resume: true })).toMatchObject({ imported: 0, skipped: 25_000 });
    // another column map makes other rows, so other batch ids
    const mapped = await importEventFile(target, file, { map: { stage: 'channel' } });
    expect(mapped.imported).toBe(25_000);
    expect(await countEvents(store.sql)).toBe(50_000);
  });
});
