import { intervalGrid } from '../../../core/periods';
import { type SqlDb } from '../../store/sql';
import { SqlStore, type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { STORE_PLACES } from '../../test-support/places';
import { StoreSourceResolver } from '../sources/source-resolver';
import { type Measure } from './compile-measure';
import { SqlMeasureRunner } from './measure-runner';
import { at, DAY, insertEvents, measureKpi, sourceDoc } from './test-events';

const RANGE = { from: at('2024-03-01T00:00:00Z'), to: at('2024-03-03T00:00:00Z') };
const MEASURES: Record<string, Omit<Measure, 'source'>> = {
  logins: { aggregate: 'count', filter: { event: 'login' } },
  people: { aggregate: 'count_distinct', field: 'customer', filter: { event: 'login' } },
  spend: { aggregate: 'sum', field: 'value', filter: { event: 'order' } },
  typical: { aggregate: 'median', field: 'value', filter: { event: 'order' } },
};

/** The store's database, counting the statements it is asked to run. */
function counting(db: SqlDb): { db: SqlDb; statements: string[] } {
  const statements: string[] = [];
  const wrapped: SqlDb = {
    dialect: db.dialect,
    query: (sql, params, options) => (statements.push(sql), db.query(sql, params, options)),
    exec: (sql, params) => db.exec(sql, params),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
  return { db: wrapped, statements };
}

describe.each(STORE_PLACES)('measures read from events in one statement per source (%s)', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    await insertEvents(store.sql, [
      { time: '2024-03-01T09:00:00Z', event: 'login', customer: 'a' },
      { time: '2024-03-01T10:00:00Z', event: 'login', customer: 'a' },
      { time: '2024-03-01T11:00:00Z', event: 'login', customer: 'b' },
      { time: '2024-03-02T09:00:00Z', event: 'login', customer: 'c' },
      { time: '2024-03-01T12:00:00Z', event: 'order', value: 10 },
      { time: '2024-03-01T13:00:00Z', event: 'order', value: 30 },
      { time: '2024-03-01T14:00:00Z', event: 'order', value: 50 },
      { time: '2024-03-02T12:00:00Z', event: 'order', value: 7 },
    ]);
  });
  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  function runner() {
    const { db, statements } = counting(store.sql);
    const resolver = new StoreSourceResolver(new SqlStore(store.kind, store.location, db));
    const sourceDocument = async (id: string) => (id === 'own' ? sourceDoc('own') : null);
    return { measures: new SqlMeasureRunner({ resolver, sourceDocument }), statements, resolver };
  }
  const request = (id: string, measure: Omit<Measure, 'source'>) => ({
    kpi: measureKpi(id, measure),
    range: RANGE,
    intervalMs: DAY,
    grid: intervalGrid(RANGE, DAY, 'UTC'),
  });
  const valuesOf = (series: Array<{ points: Array<{ value: number | null }> }>) =>
    series.map((s) => s.points.map((p) => p.value));

  it('gives each KPI its own values, hand-counted, from a single statement', async () => {
    const { measures, statements, resolver } = runner();
    const results = await Promise.all(Object.entries(MEASURES).map(([id, m]) => measures.run(request(id, m))));
    expect(results.map(valuesOf)).toEqual([[[3, 1]], [[2, 1]], [[90, 7]], [[30, 7]]]);
    expect(statements).toHaveLength(1);
    await resolver.close();
  });

  it('when the statement fails, runs each on its own: the error is the failing KPI’s, the others answer', async () => {
    const { measures, statements, resolver } = runner();
    const broken = measures.run(request('broken', { aggregate: 'sum', field: 'customer' }));
    const fine = measures.run(request('logins', MEASURES.logins ?? { aggregate: 'count' }));
    await expect(broken).rejects.toThrow(/KPI "broken" on source "own"/);
    expect(valuesOf(await fine)).toEqual([[3, 1]]);
    expect(statements).toHaveLength(3);
    await resolver.close();
  });
});
