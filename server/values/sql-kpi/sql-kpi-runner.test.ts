import { intervalGrid } from '../../../core/periods';
import { type KpiDocument } from '../../../core/schema/kpi';
import { numberColumn } from '../../store/sql';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { kpiDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';
import { at, DAY, insertEvents, type TestEvent } from '../measure/test-events';
import { QueryTimeoutError } from '../sources/timeout';
import { StoreSqlKpiRunner } from './sql-kpi-runner';

const RANGE = { from: at('2024-04-01T00:00:00Z'), to: at('2024-04-03T00:00:00Z') };
const EVENTS: TestEvent[] = [
  { time: '2024-03-31T23:59:59Z', event: 'signup', segment: 'smb' },
  { time: '2024-04-01T01:00:00Z', event: 'signup', segment: 'smb' },
  { time: '2024-04-01T02:00:00Z', event: 'signup', segment: 'smb' },
  { time: '2024-04-01T03:00:00Z', event: 'signup', segment: 'ent' },
  { time: '2024-04-02T23:59:59Z', event: 'signup', segment: 'smb' },
  { time: '2024-04-03T00:00:00Z', event: 'signup', segment: 'ent' },
];

const sqlKpi = (query: string): KpiDocument => kpiDoc('sql.kpi', { calculation: { sql: { query } } });

const SLOW = {
  duckdb: 'SELECT now() AS time, sum(hash(i)) AS value FROM range(100000000000) t(i)',
  postgres: 'SELECT now() AS time, 1 AS value FROM pg_sleep(5)',
};

describe.each(STORE_PLACES)('SQL KPIs on %s', (kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let runner: StoreSqlKpiRunner;
  const run = (query: string, intervalMs = DAY) =>
    runner.run({ kpi: sqlKpi(query), range: RANGE, intervalMs, grid: intervalGrid(RANGE, intervalMs, 'UTC') });
  const eventCount = async () => numberColumn((await store.sql.query('SELECT count(*) AS n FROM events'))[0], 'n');

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    await insertEvents(store.sql, EVENTS);
    runner = new StoreSqlKpiRunner(store.sql, { timeoutMs: 300 });
  });

  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  it('binds $__timeFrom, $__timeTo and $__interval_ms as parameters and splits by breakdown', async () => {
    const series = await run(`
      SELECT floor(extract(epoch FROM time) * 1000 / $__interval_ms) * $__interval_ms AS time,
             count(*) AS value, segment AS breakdown
      FROM events
      WHERE event = 'signup' AND time >= $__timeFrom AND time < $__timeTo
      GROUP BY 1, 3`);
    expect(series.map((s) => [s.breakdown?.value, s.points.map((p) => [p.time, p.value])])).toEqual([
      ['ent', [[RANGE.from, 1]]],
      [
        'smb',
        [
          [RANGE.from, 2],
          [RANGE.from + DAY, 1],
        ],
      ],
    ]);
  });

  it('gives $__interval as an INTERVAL and the range macros as timestamps', async () => {
    const [series] = await run(
      'SELECT $__timeFrom + $__interval AS time, 1 AS value UNION ALL SELECT $__timeTo, 2',
      3_600_000
    );
    expect(series?.points).toEqual([
      { time: RANGE.from + 3_600_000, value: 1 },
      { time: RANGE.to, value: 2 },
    ]);
  });

  it('names the columns it got when they are not time, value and breakdown', async () => {
    await expect(run('SELECT time AS t, value, 1 AS extra FROM events LIMIT 1')).rejects.toThrow(
      'the SQL of KPI "sql.kpi" must return the columns time and value (and optionally breakdown); it returned: t, value, extra'
    );
  });

  it('refuses statements that write and leaves the store unchanged', async () => {
    const before = await eventCount();
    await expect(run("INSERT INTO events (time, event) VALUES (now(), 'x')")).rejects.toThrow(
      'the SQL of KPI "sql.kpi": the SQL must be a single SELECT or WITH query, not INSERT'
    );
    await expect(run('DROP TABLE events')).rejects.toThrow('not DROP');
    await expect(run('SELECT now() AS time, 1 AS value; DROP TABLE events')).rejects.toThrow('a single statement');
    const sneaky = "WITH x AS (SELECT 1 AS one) INSERT INTO events (time, event) SELECT now(), 'x' FROM x";
    await expect(run(sneaky)).rejects.toThrow('the SQL must only read: INSERT is not allowed in a KPI query');
    await expect(
      run('WITH d AS (DELETE FROM events RETURNING time) SELECT now() AS time, count(*) AS value FROM d')
    ).rejects.toThrow('the SQL must only read: DELETE is not allowed in a KPI query');
    expect(await eventCount()).toBe(before);
  });

  it('cancels a query past the timeout without holding up the store', async () => {
    const started = Date.now();
    const slow = run(SLOW[kind]);
    expect(await eventCount()).toBe(EVENTS.length);
    await expect(slow).rejects.toThrow(new QueryTimeoutError('the SQL of KPI "sql.kpi"', 300));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await eventCount()).toBe(EVENTS.length);
  });
});
