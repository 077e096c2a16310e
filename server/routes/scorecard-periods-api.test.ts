import { type KpiDocument, type ScorecardDocument } from '../../core/schema';
import { createRegistry } from '../registry';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { apiOn } from '../test-support/api';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { insertEvents, sourceDoc } from '../values/measure/test-events';
import { createValues, type Values } from '../values/create-values';

// Berlin: March 2026 is [2026-02-28T23:00Z, 2026-03-31T22:00Z) (CET until the 29th, CEST after).
const won = (target: number, effectiveFrom?: string): KpiDocument => {
  const doc = kpiDoc('t.won', {
    unit: 'customers',
    period: 'month',
    target,
    thresholds: { redFlag: target / 2, goal: target },
    calculation: { measure: { source: 'own', aggregate: 'count', filter: { event: 'won' } } },
  });
  return effectiveFrom === undefined ? doc : { ...doc, metadata: { ...doc.metadata, effectiveFrom } };
};
const card = (weight: number, effectiveFrom?: string): ScorecardDocument => {
  const doc = scorecardDoc('t.card', ['t.won', 't.other']);
  const [p] = doc.spec.perspectives;
  const o = p?.objectives[0];
  if (o?.kpis[0]) {
    o.kpis[0].weight = weight;
  }
  return effectiveFrom === undefined ? doc : { ...doc, metadata: { ...doc.metadata, effectiveFrom } };
};
const EVENTS = [
  '2026-02-10T12:00:00Z', // February everywhere
  '2026-02-28T22:30:00Z', // 23:30 on 28 Feb in Berlin: February
  '2026-02-28T23:30:00Z', // 00:30 on 1 March in Berlin, still February in UTC
  '2026-03-15T12:00:00Z', // March everywhere
  '2026-03-31T21:30:00Z', // 23:30 on 31 March in Berlin: March
  '2026-03-31T22:30:00Z', // 00:30 on 1 April in Berlin, still March in UTC
].map((time) => ({ time, event: 'won' }));

interface Frame {
  schema: { fields: Array<{ name: string }>; meta?: { custom?: Record<string, unknown> } };
  data: { values: unknown[][] };
}
const column = (frame: Frame | undefined, name: string): unknown[] | undefined => {
  const i = frame?.schema.fields.findIndex((f) => f.name === name) ?? -1;
  return i < 0 ? undefined : frame?.data.values[i];
};

describe.each(STORE_PLACES)('scorecard query: reporting periods in Europe/Berlin on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let values: Values;
  let api: Awaited<ReturnType<typeof apiOn>>;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    const registry = await createRegistry(store, { timeZone: 'Europe/Berlin' });
    values = createValues(store, registry, 'Europe/Berlin');
    api = await apiOn(store, { registry, values });
    const apply = async (documents: unknown[]) =>
      expect((await api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    // v1 approved now; v2 back-dated to 1 March (Berlin midnight); v3 dated in the future
    await apply([sourceDoc('own'), won(60), kpiDoc('t.other'), card(1)]);
    await apply([won(80, '2026-03-01T00:00:00+01:00'), card(3, '2026-03-01T00:00:00+01:00')]);
    await apply([won(100, '2099-01-01T00:00:00Z')]);
    await apply([kpiDoc('t.dated')]);
    await apply([{ ...kpiDoc('t.dated', { target: 95 }), metadata: { id: 't.dated', effectiveFrom: '2026-03-02' } }]);
    await insertEvents(store.sql, EVENTS);
  });
  afterAll(async () => {
    await api.app.close();
    await values.close();
    await store.close();
    await place.dispose();
  });

  async function report(to: string, query: Record<string, unknown> = {}) {
    const body = {
      from: '2025-01-01T00:00:00Z',
      to,
      queries: [{ refId: 'S', queryType: 'scorecard', scorecard: 't.card', ...query }],
    };
    const res = await api.call('POST', '/api/v1/query', { as: 'viewer', body });
    expect(res.statusCode).toBe(200);
    const [table, ...trends] = (res.json() as { results: { S: { frames: Frame[] } } }).results.S.frames;
    const col = (name: string) => column(table, name)?.[0];
    return { col, table, trends };
  }

  it('reports the latest complete Berlin month, the month before it and the targets and weights of that month', async () => {
    const { col, table, trends } = await report('2026-04-15T08:00:00Z');
    expect(col('periodLabel')).toBe('March 2026');
    expect(col('periodStart')).toBe(Date.parse('2026-02-28T23:00:00Z'));
    expect(col('periodEnd')).toBe(Date.parse('2026-03-31T22:00:00Z'));
    expect(col('value')).toBe(3);
    expect(col('previous')).toBe(2);
    expect(col('target')).toBe(80);
    expect(col('version')).toBe(2);
    expect(col('weight')).toBe(3);
    expect(col('partial')).toBe(false);
    expect(table?.schema.meta?.custom).toMatchObject({
      timeZone: 'Europe/Berlin',
      periodLabel: 'March 2026',
      version: 2,
    });
    const trend = trends.find((f) => column(f, 't.won') !== undefined);
    expect(column(trend, 't.won')).toHaveLength(12);
    expect(column(trend, 't.won')?.slice(-3)).toEqual([null, 2, 3]);
  });

  it('a kpi query with interval "period" has a point per whole Berlin month the range touches', async () => {
    // 15 Feb – 20 Mar (UTC) touches February and March; each is counted whole: Feb 2 events, Mar 3 (see EVENTS)
    const body = {
      from: '2026-02-15T00:00:00Z',
      to: '2026-03-20T00:00:00Z',
      queries: [{ refId: 'K', queryType: 'kpi', kpi: 't.won', interval: 'period' }],
    };
    const res = await api.call('POST', '/api/v1/query', { as: 'viewer', body });
    const [frame] = (res.json() as { results: { K: { frames: Frame[] } } }).results.K.frames;
    expect(column(frame, 'time')).toEqual([Date.parse('2026-01-31T23:00:00Z'), Date.parse('2026-02-28T23:00:00Z')]);
    expect(column(frame, 't.won')).toEqual([2, 3]);
  });

  it('gives the same answer for a 7-, 30-, 90- and 365-day range ending on the same day', async () => {
    for (const from of ['2026-04-08', '2026-03-16', '2026-01-15', '2025-04-15']) {
      const res = await api.call('POST', '/api/v1/query', {
        as: 'viewer',
        body: {
          from: `${from}T08:00:00Z`,
          to: '2026-04-15T08:00:00Z',
          queries: [{ refId: 'S', queryType: 'scorecard', scorecard: 't.card' }],
        },
      });
      const table = (res.json() as { results: { S: { frames: Frame[] } } }).results.S.frames[0];
      expect(column(table, 'value')?.[0]).toBe(3);
    }
  });

  it('before the back-dated version, February is reported with v1: its target and weight', async () => {
    const { col } = await report('2026-03-10T00:00:00Z');
    expect(col('periodLabel')).toBe('February 2026');
    expect([col('value'), col('target'), col('version'), col('weight')]).toEqual([2, 60, 1, 1]);
  });

  it('a month is complete at Berlin midnight, an hour before UTC midnight', async () => {
    expect((await report('2026-03-31T22:00:00Z')).col('periodLabel')).toBe('March 2026');
    expect((await report('2026-03-31T21:59:59Z')).col('periodLabel')).toBe('February 2026');
  });

  it('current restates February with the version in force now (v2, not the future v3)', async () => {
    const { col } = await report('2026-03-10T00:00:00Z', { definition: 'current' });
    expect([col('value'), col('target'), col('version'), col('weight')]).toEqual([2, 80, 2, 3]);
  });

  it('a pinned version is the scorecard’s: its weights, with the KPIs in force in the period', async () => {
    const { col, table } = await report('2026-04-15T08:00:00Z', { definition: { version: 1 } });
    expect([col('value'), col('target'), col('version'), col('weight')]).toEqual([3, 80, 2, 1]);
    expect(table?.schema.meta?.custom).toMatchObject({ version: 1 });
  });

  it('a kpi query pinned to the future version uses its thresholds', async () => {
    const body = {
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-02T00:00:00Z',
      queries: [{ refId: 'K', queryType: 'kpi', kpi: 't.won', interval: '1d', definition: { version: 3 } }],
    };
    const res = await api.call('POST', '/api/v1/query', { as: 'viewer', body });
    const frame = (res.json() as { results: { K: { frames: Frame[] } } }).results.K.frames[0];
    expect(frame?.schema.meta?.custom).toMatchObject({ version: 3 });
    expect(JSON.stringify(frame?.schema.fields[1])).toContain('"value":100');
  });

  it('a date without a time takes effect at midnight in the organisation zone', async () => {
    const res = await api.call('GET', '/api/v1/kpis/t.dated/versions', { as: 'viewer' });
    expect(JSON.stringify(res.json())).toContain('"effectiveFrom":"2026-03-01T23:00:00.000Z"');
  });

  it('to-date reports the running month up to the range end, flagged partial', async () => {
    const { col } = await report('2026-03-20T00:00:00Z', { period: 'to-date' });
    expect(col('periodLabel')).toBe('March 2026');
    expect(col('value')).toBe(2);
    expect(col('partial')).toBe(true);
    expect(String(col('flags'))).toContain('partial');
    // a month to date is not scored against the whole month's target
    expect([col('score'), col('status')]).toEqual([null, 'no-data']);
  });
});
