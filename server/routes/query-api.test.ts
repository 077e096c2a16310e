import { type KpiDocument, type SqlMeasure } from '../../core/schema';
import { createRegistry } from '../registry';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { apiOn } from '../test-support/api';
import { kpiDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { answers, insertEvents } from '../values/measure/test-events';
import { createValues, type Values } from '../values/create-values';

const D1 = '2026-05-04T00:00:00.000Z';
const D2 = '2026-05-05T00:00:00.000Z';
const DAY = 86_400_000;
const from = Date.parse(D1);
const to = from + 2 * DAY;

const source = {
  apiVersion: 'scorecard/v1',
  kind: 'Source',
  metadata: { id: 'own' },
  spec: { engine: 'duckdb' },
} as const;
type Measure = Omit<SqlMeasure, 'source'>;
const measure = (m: Measure): Pick<KpiDocument['spec'], 'calculation'> => ({
  calculation: { measure: { source: 'own', ...m } },
});
const since = (doc: KpiDocument, effectiveFrom: string): KpiDocument => ({
  ...doc,
  metadata: { ...doc.metadata, effectiveFrom },
});

const docs = [
  source,
  kpiDoc('t.nps', {
    unit: 'score',
    target: 45,
    thresholds: { redFlag: 20, goal: 45 },
    minimumSample: 5,
    ...measure({ aggregate: 'nps', field: 'value', filter: { event: 'nps_response' } }),
  }),
  kpiDoc('t.csat', measure({ aggregate: 'csat', field: 'value', filter: { event: 'csat_response' } })),
  kpiDoc('t.conv', {
    unit: 'percentunit',
    target: 0.5,
    thresholds: { redFlag: 0.2, goal: 0.5 },
    ...measure({ aggregate: 'ratio', numerator: { event: 'purchase' }, denominator: { event: ['trial', 'purchase'] } }),
  }),
  kpiDoc('t.tenth', {
    unit: 'none',
    target: 4,
    thresholds: { redFlag: 1, goal: 4 },
    calculation: { expression: { expr: 'nps / 10', inputs: { nps: 't.nps' } } },
  }),
  kpiDoc('t.signups', measure({ aggregate: 'count', filter: { event: 'signup' } })),
  kpiDoc('t.manual'),
  // v1 is in force from long before the data; v2 (below) from day 2
  since(kpiDoc('t.count', measure({ aggregate: 'count', filter: { event: 'a' } })), '2026-01-01T00:00:00Z'),
];

describe.each(STORE_PLACES)('POST /api/v1/query with known answers on %s', (_kind, newPlace) => {
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
    expect((await api.call('POST', '/api/v1/apply', { body: { documents: docs, approve: true } })).statusCode).toBe(
      200
    );
    const v2 = since(kpiDoc('t.count', measure({ aggregate: 'count', filter: { event: 'b' } })), D2);
    expect((await api.call('POST', '/api/v1/apply', { body: { documents: [v2], approve: true } })).statusCode).toBe(
      200
    );
    await insertEvents(store.sql, [
      ...answers('nps_response', `${D1.slice(0, 10)}T09:00:00Z`, [10, 9, 8, 6, 0]),
      ...answers('nps_response', `${D2.slice(0, 10)}T09:00:00Z`, [10, 10, 9, 7]),
      ...answers('csat_response', `${D1.slice(0, 10)}T10:00:00Z`, [5, 4, 3, 2]),
      ...answers('trial', `${D1.slice(0, 10)}T11:00:00Z`, [0, 0, 0]),
      ...answers('purchase', `${D1.slice(0, 10)}T12:00:00Z`, [0]),
      ...answers('a', `${D1.slice(0, 10)}T13:00:00Z`, [0, 0]),
      ...answers('b', `${D1.slice(0, 10)}T13:00:00Z`, [0, 0, 0, 0, 0]),
      ...answers('a', `${D2.slice(0, 10)}T13:00:00Z`, [0]),
      ...answers('b', `${D2.slice(0, 10)}T13:00:00Z`, [0, 0, 0]),
      ...answers('signup', `${D1.slice(0, 10)}T14:00:00Z`, [0, 0], { segment: 'smb' }),
      ...answers('signup', `${D1.slice(0, 10)}T15:00:00Z`, [0], { segment: 'enterprise' }),
      ...answers('signup', `${D2.slice(0, 10)}T14:00:00Z`, [0], { segment: 'smb' }),
    ]);
  });
  afterAll(async () => {
    await api.app.close();
    await values.close();
    await store.close();
    await place.dispose();
  });

  async function answer(query: Record<string, unknown>) {
    const res = await api.call('POST', '/api/v1/query', {
      as: 'viewer',
      body: { from, to, queries: [{ refId: 'A', interval: '1d', ...query }] },
    });
    expect(res.statusCode).toBe(200);
    return res.json().results.A;
  }

  async function series(query: Record<string, unknown>) {
    const result = await answer(query);
    expect(result.error).toBeUndefined();
    const [frame] = result.frames;
    const col = (name: string) =>
      frame.data.values[frame.schema.fields.findIndex((f: { name: string }) => f.name === name)];
    return { frame, col };
  }

  it('computes NPS with its sample, 95% margin and the insufficient-sample flag', async () => {
    const { col, frame } = await series({ queryType: 'kpi', kpi: 't.nps' });
    expect(col('time')).toEqual([from, from + DAY]);
    expect(col('t.nps')).toEqual([0, 75]);
    expect(col('sample')).toEqual([5, 4]);
    const moe = col('moe');
    expect(moe[0]).toBeCloseTo(1.96 * 100 * Math.sqrt(0.8 / 5), 9);
    expect(moe[1]).toBeCloseTo(1.96 * 100 * Math.sqrt((0.75 - 0.5625) / 4), 9);
    expect(col('flags')[1]).toContain('insufficient-sample');
    expect(frame.schema.meta.custom).toMatchObject({ kpiId: 't.nps', version: 1 });
  });

  it('computes CSAT, a conversion ratio and an expression over NPS', async () => {
    expect((await series({ queryType: 'kpi', kpi: 't.csat' })).col('t.csat')).toEqual([50, null]);
    expect((await series({ queryType: 'kpi', kpi: 't.conv' })).col('t.conv')).toEqual([0.25, null]);
    expect((await series({ queryType: 'kpi', kpi: 't.tenth' })).col('t.tenth')).toEqual([0, 7.5]);
  });

  it('restates history with the current definition but not with the effective one', async () => {
    expect((await series({ queryType: 'kpi', kpi: 't.count' })).col('t.count')).toEqual([2, 3]);
    expect((await series({ queryType: 'kpi', kpi: 't.count', definition: 'current' })).col('t.count')).toEqual([5, 3]);
    expect((await series({ queryType: 'kpi', kpi: 't.count', definition: { version: 1 } })).col('t.count')).toEqual([
      2, 1,
    ]);
    const { frame } = await series({ queryType: 'kpi', kpi: 't.count' });
    expect(frame.schema.meta.custom.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('filters a KPI by segment, one value or a list, and says so in meta.custom', async () => {
    const signups = (filter?: unknown) => series({ queryType: 'kpi', kpi: 't.signups', ...(filter ? { filter } : {}) });
    const smb = await signups({ segment: 'smb' });
    expect(smb.col('t.signups')).toEqual([2, 1]);
    expect(smb.frame.schema.meta.custom.filter).toEqual({ segment: ['smb'] });
    expect(smb.frame.schema.fields[1].config.displayNameFromDS).toBe('KPI t.signups');
    expect((await signups()).col('t.signups')).toEqual([3, 1]);
    expect((await signups({ segment: ['enterprise'] })).col('t.signups')).toEqual([1, null]);
    const both = await signups({ segment: ['smb', 'enterprise', 'smb'] });
    expect(both.col('t.signups')).toEqual([3, 1]);
    expect(both.frame.schema.meta.custom.filter).toEqual({ segment: ['enterprise', 'smb'] });
  });

  it('answers 400 beside the refId for a filter it cannot apply', async () => {
    expect(await answer({ queryType: 'kpi', kpi: 't.signups', filter: { customer: 'x' } })).toEqual({
      frames: [],
      status: 400,
      error: 'invalid query: filter.customer: cannot filter on "customer": use segment, channel, region',
    });
    expect(await answer({ queryType: 'kpi', kpi: 't.signups', filter: { segment: [] } })).toEqual({
      frames: [],
      status: 400,
      error:
        'invalid query: filter.segment: an empty list matches nothing: give at least one value or leave the column out',
    });
    expect(await answer({ queryType: 'kpi', kpi: 't.manual', filter: { segment: 'smb' } })).toEqual({
      frames: [],
      status: 400,
      error:
        'KPI t.manual (version 1, manual) cannot be filtered by segment: only measure KPIs and expressions over them can',
    });
  });
});
