import { intervalGrid } from '../../../core/periods';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const resolver = new StoreSourceResolver(store, { timeoutMs: 300 });
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
    await expect(clicks.db.query('SELECT sum(hash(i)) AS s FROM range(100000000000) t(i)')).rejects.toThrow(
      new QueryTimeoutError('source "clicks"', 300)
    );
    expect(await clicks.db.query('SELECT count(*) AS n FROM raw.clicks')).toEqual([{ n: '5' }]);
    await resolver.close();
    await expect(clicks.db.query('SELECT 1')).rejects.toThrow('source "clicks" is closed');
  });

  it('says why a DuckDB file cannot be opened', async () => {
    const doc = sourceDoc('gone', { connection: { path: join(dir, 'missing', 'x.duckdb') } });
    await expect(new StoreSourceResolver(store).resolve(doc, 'gone')).rejects.toThrow(
      `cannot open source "gone" (${join(dir, 'missing', 'x.duckdb')}) read-only`
    );
  });

  it('treats a path to the own store file as the own store instead of opening it twice', async () => {
    const place = await duckDbPlace();
    const fileStore = await place.open();
    const resolver = new StoreSourceResolver(fileStore);
    const own = await resolver.resolve(sourceDoc('own', { connection: { path: place.file } }), 'own');
    expect(own.db).toBe(fileStore.sql);
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
    process.env.SCORECARD_TEST_SALES_URL = testPostgresUrl();
  });

  afterAll(async () => {
    delete process.env.SCORECARD_TEST_SALES_URL;
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    await store.close();
  });

  const doc = () =>
    sourceDoc('sales', {
      engine: 'postgres',
      connection: { urlEnv: 'SCORECARD_TEST_SALES_URL' },
      table: `${schema}.web_events`,
      columns: MAPPING,
    });

  it('reads the table through the URL in the named environment variable', async () => {
    const resolver = new StoreSourceResolver(store);
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
    const resolver = new StoreSourceResolver(store, { timeoutMs: 200 });
    const sales = await resolver.resolve(doc(), 'sales');
    await expect(sales.db.exec(`DELETE FROM ${schema}.web_events`)).rejects.toThrow('read-only transaction');
    await expect(sales.db.query('SELECT pg_sleep(3)')).rejects.toThrow(
      'source "sales" was cancelled after 200 ms (statement timeout)'
    );
    expect(await sales.db.query(`SELECT count(*)::int AS n FROM ${sales.table}`)).toEqual([{ n: 6 }]);
    await resolver.close();
  });

  it('names the variable and the source when the variable is not set', async () => {
    const unset = sourceDoc('crm', { engine: 'postgres', connection: { urlEnv: 'SCORECARD_TEST_UNSET_URL' } });
    await expect(new StoreSourceResolver(store).resolve(unset, 'crm')).rejects.toThrow(
      'source "crm" reads its PostgreSQL URL from the environment variable SCORECARD_TEST_UNSET_URL, which is not set'
    );
  });
});
