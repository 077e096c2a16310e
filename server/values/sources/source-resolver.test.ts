import { intervalGrid } from '../../../core/periods';
import { randomBytes } from 'node:crypto';
import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Client } from 'pg';
import { openStore } from '../../store/open-store';
import { type Store } from '../../store/store';
import { duckDbPlace } from '../../test-support/places';
import { testPostgresUrl } from '../../test-support/postgres';
import { SqlMeasureRunner } from '../measure/measure-runner';
import { at, DAY, measureKpi, sourceDoc } from '../measure/test-events';
import { StoreSourceResolver } from './source-resolver';
import { QueryTimeoutError } from './timeout';

const RANGE = { from: at('2024-05-01T00:00:00Z'), to: at('2024-05-03T00:00:00Z') };
const MAPPING = { time: 'happened_at', customer: 'who', event: 'kind', value: 'score' };
const allowing = (dirs: string) => ({ SCORECARD_SOURCE_DIRS: dirs });

async function makeDuckDbFile(file: string): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const c = await instance.connect();
  await c.run('CREATE SCHEMA raw');
  await c.run('CREATE TABLE raw.clicks (happened_at TIMESTAMPTZ, who VARCHAR, kind VARCHAR, score DOUBLE)');
  await c.run(`INSERT INTO raw.clicks VALUES ('2024-05-01T10:00:00Z', 'a', 'click', 1), ('2024-05-01T11:00:00Z', 'b', 'click', 1),
    ('2024-05-01T12:00:00Z', 'a', 'click', 1), ('2024-05-02T10:00:00Z', 'c', 'click', 1), ('2024-05-02T10:00:00Z', 'c', 'view', 1)`);
  c.closeSync();
  instance.closeSync();
}

describe('StoreSourceResolver', () => {
  let store: Store;
  let dir: string;

  beforeAll(async () => {
    store = await openStore(':memory:');
    await store.migrate();
    dir = await mkdtemp(join(tmpdir(), 'scorecard-source-'));
  });

  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uses the own store for a duckdb source without a path, with the default table', async () => {
    const resolver = new StoreSourceResolver(store);
    const own = await resolver.resolve(sourceDoc('own'), 'own');
    expect(own).toMatchObject({ id: 'own', engine: 'duckdb', table: '"events"' });
    expect(own.db).toBe(store.sql);
    expect(own.column('segment')).toBe('"segment"');
    await resolver.close();
  });

  it('names the source when it is not defined', async () => {
    await expect(new StoreSourceResolver(store).resolve(null, 'crm')).rejects.toThrow(
      'source "crm" is not defined: add a Source document with that id'
    );
  });

  it('reads a DuckDB file read-only in its own instance, with a schema-qualified table and mapped columns', async () => {
    const file = join(dir, 'clicks.duckdb');
    await makeDuckDbFile(file);
    const resolver = new StoreSourceResolver(store, { timeoutMs: 300, env: allowing(dir) });
    const doc = sourceDoc('clicks', { connection: { path: file }, table: 'raw.clicks', columns: MAPPING });
    const runner = new SqlMeasureRunner({ resolver, sourceDocument: async () => doc });
    const kpi = measureKpi('k', {
      source: 'clicks',
      aggregate: 'count_distinct',
      field: 'customer',
      filter: { event: 'click' },
    });
    const [series] = await runner.run({ kpi, range: RANGE, intervalMs: DAY, grid: intervalGrid(RANGE, DAY, 'UTC') });
    expect(series?.points.map((p) => [p.time, p.value])).toEqual([
      [RANGE.from, 2],
      [RANGE.from + DAY, 1],
    ]);
    const clicks = await resolver.resolve(doc, 'clicks');
    expect((await resolver.resolve(doc, 'clicks')).db).toBe(clicks.db);
    await expect(clicks.db.exec('DELETE FROM raw.clicks')).rejects.toThrow(/read-only/i);
    await expect(clicks.db.query("SELECT * FROM read_text('/etc/passwd')")).rejects.toThrow(
      'file system operations are disabled'
    );
    await expect(clicks.db.query('SELECT sum(hash(i)) AS s FROM range(100000000000) t(i)')).rejects.toThrow(
      new QueryTimeoutError('source "clicks"', 300)
    );
    expect(await clicks.db.query('SELECT count(*) AS n FROM raw.clicks')).toEqual([{ n: '5' }]);
    await resolver.close();
    await expect(clicks.db.query('SELECT 1')).rejects.toThrow('source "clicks" is closed');
  });

  it('says why a file in an allowed directory cannot be opened, and the same for one that is missing', async () => {
    await writeFile(join(dir, 'notes.duckdb'), 'not a database');
    const resolver = new StoreSourceResolver(store, { env: allowing(dir) });
    const notes = sourceDoc('notes', { connection: { path: join(dir, 'notes.duckdb') } });
    await expect(resolver.resolve(notes, 'notes')).rejects.toThrow('cannot open source "notes"');
    const missing = join(dir, 'missing', 'x.duckdb');
    await expect(resolver.resolve(sourceDoc('gone', { connection: { path: missing } }), 'gone')).rejects.toThrow(
      `source "gone": ${missing} is not a DuckDB file inside the directories the server allows (SCORECARD_SOURCE_DIRS)`
    );
  });

  it('reads no DuckDB file but its own store when no directory is allowed', async () => {
    const file = join(dir, 'allowed-nowhere.duckdb');
    await makeDuckDbFile(file);
    await expect(
      new StoreSourceResolver(store, { env: {} }).resolve(sourceDoc('x', { connection: { path: file } }), 'x')
    ).rejects.toThrow(
      'source "x": the server reads no DuckDB files besides its own store (SCORECARD_SOURCE_DIRS is not set)'
    );
  });

  it('refuses files outside the allowed directories, also through .., symlinks and /proc/self/root', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'scorecard-other-store-'));
    const secret = join(outside, 'customers.duckdb');
    await makeDuckDbFile(secret);
    const allowed = join(dir, 'allowed');
    await mkdir(allowed);
    await symlink(secret, join(allowed, 'link.duckdb'));
    await symlink(outside, join(allowed, 'dirlink'));
    const resolver = new StoreSourceResolver(store, { env: allowing(allowed) });
    const paths = [
      secret,
      `${allowed}/../../${basename(outside)}/customers.duckdb`,
      join(allowed, 'link.duckdb'),
      join(allowed, 'dirlink', 'customers.duckdb'),
      `/proc/self/root${secret}`,
    ];
    for (const path of paths) {
      await expect(resolver.resolve(sourceDoc('peek', { connection: { path } }), 'peek')).rejects.toThrow(
        `source "peek": ${path} is not a DuckDB file inside the directories the server allows`
      );
    }
    await rm(outside, { recursive: true, force: true });
  });

  it("never opens the server's own store file, by any path or link to it", async () => {
    const place = await duckDbPlace();
    const fileStore = await place.open();
    await fileStore.migrate();
    const storeDir = dirname(place.file);
    const links = join(dir, 'links');
    await mkdir(links);
    await symlink(place.file, join(links, 'sym.duckdb'));
    await link(place.file, join(links, 'hard.duckdb'));
    const resolver = new StoreSourceResolver(fileStore, { env: allowing(`${storeDir}:${links}`) });
    const paths = [
      place.file,
      `${storeDir}/../data/./scorecard.duckdb`,
      `/proc/self/root${place.file}`,
      join(links, 'sym.duckdb'),
      join(links, 'hard.duckdb'),
    ];
    for (const path of paths) {
      await expect(resolver.resolve(sourceDoc('own', { connection: { path } }), 'own')).rejects.toThrow(
        `source "own": ${path} is the server's own store; leave connection.path out to read its events`
      );
    }
    expect((await resolver.resolve(sourceDoc('own'), 'own')).db).toBe(fileStore.sql);
    await fileStore.sql.exec("INSERT INTO events (time, event) VALUES (now(), 'still-writable')");
    await resolver.close();
    await fileStore.close();
    await place.dispose();
  });
});

describe('StoreSourceResolver on PostgreSQL', () => {
  const schema = `src_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: testPostgresUrl() });
  let store: Store;

  beforeAll(async () => {
    store = await openStore(':memory:');
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(
      `CREATE TABLE ${schema}.web_events (happened_at TIMESTAMPTZ, who TEXT, kind TEXT, score DOUBLE PRECISION)`
    );
    const answers = [10, 10, 9, 7, 3, 0];
    for (const [i, score] of answers.entries()) {
      await admin.query(`INSERT INTO ${schema}.web_events VALUES ($1, $2, 'nps', $3)`, [
        new Date(RANGE.from + i * 60_000).toISOString(),
        `c${i}`,
        score,
      ]);
    }
  });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    await store.close();
  });

  const LEAKY = 'postgres://leaky_user:hunter2-secret@127.0.0.1:5432/ledger_db';
  const env = () => ({
    SCORECARD_SOURCE_URL_ENVS: 'SCORECARD_TEST_SALES_URL, SCORECARD_TEST_UNSET_URL,SCORECARD_TEST_LEAKY_URL',
    SCORECARD_TEST_SALES_URL: testPostgresUrl(),
    SCORECARD_TEST_LEAKY_URL: LEAKY,
    SCORECARD_TOKENS: 'admin=token-secret',
  });
  const pgSource = (id: string, urlEnv: string) => sourceDoc(id, { engine: 'postgres', connection: { urlEnv } });

  const doc = () =>
    sourceDoc('sales', {
      engine: 'postgres',
      connection: { urlEnv: 'SCORECARD_TEST_SALES_URL' },
      table: `${schema}.web_events`,
      columns: MAPPING,
    });

  it('reads the table through the URL in the named environment variable', async () => {
    const resolver = new StoreSourceResolver(store, { env: env() });
    const runner = new SqlMeasureRunner({ resolver, sourceDocument: async () => doc() });
    const kpi = measureKpi('nps', { source: 'sales', aggregate: 'nps', field: 'value', filter: { event: 'nps' } });
    const [series] = await runner.run({
      kpi,
      range: RANGE,
      intervalMs: RANGE.to - RANGE.from,
      grid: { starts: [RANGE.from], end: RANGE.to },
    });
    // 3 promoters, 1 passive, 2 detractors of 6
    expect(series?.points).toHaveLength(1);
    expect(series?.points[0]).toMatchObject({ time: RANGE.from, value: 100 / 6, sample: 6 });
    expect((await resolver.resolve(doc(), 'sales')).engine).toBe('postgres');
    await resolver.close();
  });

  it('refuses writes and cancels statements past the timeout', async () => {
    const resolver = new StoreSourceResolver(store, { timeoutMs: 200, env: env() });
    const sales = await resolver.resolve(doc(), 'sales');
    await expect(sales.db.exec(`DELETE FROM ${schema}.web_events`)).rejects.toThrow('read-only transaction');
    await expect(sales.db.query('SELECT pg_sleep(3)')).rejects.toThrow(
      'source "sales" was cancelled after 200 ms (statement timeout)'
    );
    expect(await sales.db.query(`SELECT count(*)::int AS n FROM ${sales.table}`)).toEqual([{ n: 6 }]);
    await resolver.close();
  });

  it('names the variable and the source when the variable is not set', async () => {
    const unset = pgSource('crm', 'SCORECARD_TEST_UNSET_URL');
    await expect(new StoreSourceResolver(store, { env: env() }).resolve(unset, 'crm')).rejects.toThrow(
      'source "crm" reads its PostgreSQL URL from the environment variable SCORECARD_TEST_UNSET_URL, which is not set'
    );
  });

  it('reads a URL only from a variable the operator allows', async () => {
    const resolver = new StoreSourceResolver(store, { env: env() });
    await expect(resolver.resolve(pgSource('tokens', 'SCORECARD_TOKENS'), 'tokens')).rejects.toThrow(
      'source "tokens" reads its PostgreSQL URL from SCORECARD_TOKENS, which is not among the variables the server allows (SCORECARD_SOURCE_URL_ENVS)'
    );
    const none = new StoreSourceResolver(store, { env: { SCORECARD_TEST_SALES_URL: testPostgresUrl() } });
    await expect(none.resolve(doc(), 'sales')).rejects.toThrow('not among the variables the server allows');
  });

  it('keeps the URL, its user, password and database out of connection errors', async () => {
    const resolver = new StoreSourceResolver(store, { env: env() });
    const ledger = await resolver.resolve(pgSource('ledger', 'SCORECARD_TEST_LEAKY_URL'), 'ledger');
    const message = await ledger.db.query('SELECT 1').then(
      () => 'connected',
      (err: unknown) => (err instanceof Error ? err.message : String(err))
    );
    expect(message).toBe('source "ledger": cannot connect to its PostgreSQL database (28000)');
    await resolver.close();
  });
});
