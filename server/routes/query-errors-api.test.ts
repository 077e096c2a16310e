import { createRegistry } from '../registry';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { apiOn } from '../test-support/api';
import { kpiDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { answers, insertEvents, measureKpi, sourceDoc } from '../values/measure/test-events';
import { createValues, type Values } from '../values/create-values';

const from = Date.parse('2026-05-04T00:00:00Z');
const to = from + 2 * 86_400_000;

const docs = [
  sourceDoc('own'),
  sourceDoc('no-table', { table: 'no_such_table' }),
  sourceDoc('bad-columns', { columns: { segment: 'no_such_column' } }),
  measureKpi('e.count', { aggregate: 'count', filter: { event: 'a' } }),
  measureKpi('e.no-table', { aggregate: 'count', source: 'no-table' }),
  measureKpi('e.bad-columns', { aggregate: 'count', source: 'bad-columns' }),
  kpiDoc('e.sql-broken', { calculation: { sql: { query: 'SELECT time, value FROM no_such_table' } } }),
  kpiDoc('e.sql-bad-shape', { calculation: { sql: { query: "SELECT 'not a time' AS time, 'x' AS value" } } }),
];

// Each bad query fails on its own, with its status and a message naming the problem; the good one still answers.
const BAD: Array<[string, Record<string, unknown>, number, RegExp]> = [
  ['an unknown breakdown column', { queryType: 'kpi', kpi: 'e.count', breakdown: 'foo' }, 400, /unknown column "foo"/],
  ['a breakdown by time', { queryType: 'kpi', kpi: 'e.count', breakdown: 'time' }, 400, /break down by "time"/],
  [
    'a failing sql KPI',
    { queryType: 'kpi', kpi: 'e.sql-broken' },
    500,
    /SQL of KPI "e.sql-broken" failed: .*no_such_table/,
  ],
  ['an sql KPI returning the wrong shape', { queryType: 'kpi', kpi: 'e.sql-bad-shape' }, 500, /neither a timestamp/],
  ['a Source without its table', { queryType: 'kpi', kpi: 'e.no-table' }, 500, /source "no-table": .*no_such_table/],
  [
    'a Source mapping a missing column',
    { queryType: 'kpi', kpi: 'e.bad-columns', breakdown: 'segment' },
    500,
    /no_such_column/,
  ],
  ['a scorecard that does not exist', { queryType: 'scorecard', scorecard: 'no.such' }, 404, /no.such not found/],
];

describe.each(STORE_PLACES)('POST /api/v1/query: per-query errors on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let values: Values;
  let api: Awaited<ReturnType<typeof apiOn>>;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    const registry = await createRegistry(store);
    values = createValues(store, registry);
    api = await apiOn(store, { registry, values });
    const applied = await api.call('POST', '/api/v1/apply', { body: { documents: docs, approve: true } });
    expect(applied.statusCode).toBe(200);
    await insertEvents(store.sql, answers('a', '2026-05-04T09:00:00Z', [1, 2, 3]));
  });
  afterAll(async () => {
    await api.app.close();
    await values.close();
    await store.close();
    await place.dispose();
  });

  const batch = (bad: Record<string, unknown>) =>
    api.call('POST', '/api/v1/query', {
      as: 'viewer',
      body: {
        from,
        to,
        queries: [
          { refId: 'GOOD', queryType: 'kpi', kpi: 'e.count', interval: '1d' },
          { refId: 'BAD', interval: '1d', ...bad },
        ],
      },
    });

  it.each(BAD)('answers the good query and reports %s beside its refId', async (_what, bad, status, message) => {
    const res = await batch(bad);
    expect(res.statusCode).toBe(200);
    const { GOOD, BAD: failed } = res.json().results;
    expect(GOOD.error).toBeUndefined();
    expect(GOOD.frames[0].data.values[1]).toEqual([3, null]);
    expect(failed).toEqual({ frames: [], error: expect.stringMatching(message), status });
    expect(failed.error).not.toMatch(/\n|\s+at\s+\S+\s+\(|postgres(ql)?:\/\/|internal server error/);
  });

  it('answers every query of a batch made only of bad ones', async () => {
    const queries = BAD.map(([, bad], i) => ({ refId: `Q${i}`, interval: '1d', ...bad }));
    const res = await api.call('POST', '/api/v1/query', { as: 'viewer', body: { from, to, queries } });
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(Object.keys(results).sort()).toEqual(queries.map((q) => q.refId).sort());
    for (const result of Object.values<{ status: number }>(results)) {
      expect(result.status).toBeGreaterThanOrEqual(400);
    }
  });
});
