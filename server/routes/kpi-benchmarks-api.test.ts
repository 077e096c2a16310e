import { insertEvents } from '../events/store-sink';
import { type EventRow } from '../events/types';
import { kpiDoc } from '../test-support/documents';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';
import { sourceDoc } from '../values/measure/test-events';

const orders = kpiDoc('t.orders', {
  unit: 'orders',
  period: 'month',
  target: 10,
  thresholds: { redFlag: 5, goal: 10 },
  calculation: { measure: { source: 'own', aggregate: 'count', filter: { event: 'order' } } },
});

/** `count` orders in the region on the 10th of the month, an hour apart. */
const ordersIn = (month: string, region: string | null, count: number): EventRow[] =>
  Array.from({ length: count }, (_, i) => ({
    time: Date.parse(`2026-${month}-10T00:00:00Z`) + i * 3_600_000,
    customer: null,
    event: 'order',
    stage: null,
    channel: null,
    segment: null,
    region,
    value: null,
  }));

const MONTHS: Record<string, Record<string, number>> = {
  // 6 regions; 3 orders without a region are no unit
  '01': { north: 1, south: 2, east: 3, west: 4, central: 5, islands: 6 },
  '02': { north: 2, south: 2, east: 4, west: 6, central: 8, islands: 10 },
  // 4 regions only
  '03': { north: 3, south: 3, east: 3, west: 3 },
  // north holds 20 of 25
  '04': { north: 20, south: 1, east: 1, west: 1, central: 1, islands: 1 },
};
const EVENTS = [
  ...Object.entries(MONTHS).flatMap(([month, counts]) =>
    Object.entries(counts).flatMap(([region, n]) => ordersIn(month, region, n))
  ),
  ...ordersIn('01', null, 3),
  ...ordersIn('05', 'north', 1), // May is cut by `to` below
];

const URL = '/api/v1/benchmarks/kpis';
const JAN_TO_MAY = 'from=2026-01-01T00:00:00Z&to=2026-05-01T00:00:00Z';

describe.each(STORE_PLACES)('GET /api/v1/benchmarks/kpis on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace, { values: { timeZone: 'UTC' } });

  beforeAll(async () => {
    const documents = [sourceDoc('own'), orders, kpiDoc('t.manual')];
    const applied = await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } });
    expect(applied.statusCode).toBe(200);
    expect(await insertEvents(env.store.sql, EVENTS)).toBe(21 + 32 + 12 + 25 + 3 + 1);
  });

  it('gives numpy-linear percentiles and ranks per complete month across regions, for a viewer', async () => {
    const res = await env.api.call('GET', `${URL}?kpi=t.orders&by=region&${JAN_TO_MAY}`, { as: 'viewer' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ kpi: 't.orders', by: 'region', unit: 'orders', period: 'month', minGroup: 5 });
    expect(body.dominance).toBe(0.5);
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual([
      'January 2026',
      'February 2026',
      'March 2026',
      'April 2026',
    ]);
    const [jan, feb, mar, apr] = body.periods;
    // January sorted 1 2 3 4 5 6, n 6, h = 5p: p10 h 0.5 → 1.5; p25 h 1.25 → 2.25; p50 h 2.5 → 3.5;
    // p75 h 3.75 → 4.75; p90 h 4.5 → 5.5. Total 21, largest 6 ≤ 10.5. Ranks 100·(below + ½)/6.
    expect(jan).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-02-01T00:00:00.000Z',
      label: 'January 2026',
      n: 6,
      suppressed: false,
      p10: expect.closeTo(1.5, 9),
      p25: expect.closeTo(2.25, 9),
      p50: expect.closeTo(3.5, 9),
      p75: expect.closeTo(4.75, 9),
      p90: expect.closeTo(5.5, 9),
      ranks: {
        north: expect.closeTo(50 / 6, 9),
        south: expect.closeTo(150 / 6, 9),
        east: expect.closeTo(250 / 6, 9),
        west: expect.closeTo(350 / 6, 9),
        central: expect.closeTo(450 / 6, 9),
        islands: expect.closeTo(550 / 6, 9),
      },
    });
    // February sorted 2 2 4 6 8 10: p10 h 0.5 → 2; p25 h 1.25 → 2 + 0.25·2 = 2.5; p50 h 2.5 → 4 + 0.5·2 = 5;
    // p75 h 3.75 → 6 + 0.75·2 = 7.5; p90 h 4.5 → 8 + 0.5·2 = 9. Total 32, largest 10 ≤ 16.
    // Ranks: the 2s (0 + ½·2)/6 = 16.67; 4 (2 + ½)/6 = 41.67; 6 → 58.33; 8 → 75; 10 → 91.67.
    expect(feb).toMatchObject({
      n: 6,
      suppressed: false,
      p10: expect.closeTo(2, 9),
      p25: expect.closeTo(2.5, 9),
      p50: expect.closeTo(5, 9),
      p75: expect.closeTo(7.5, 9),
      p90: expect.closeTo(9, 9),
      ranks: {
        north: expect.closeTo(100 / 6, 9),
        south: expect.closeTo(100 / 6, 9),
        east: expect.closeTo(250 / 6, 9),
        west: expect.closeTo(350 / 6, 9),
        central: expect.closeTo(75, 9),
        islands: expect.closeTo(550 / 6, 9),
      },
    });
    expect(mar).toEqual({
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
      label: 'March 2026',
      n: 4,
      suppressed: true,
      reason: 'only 4 units (fewer than the minimum group of 5)',
    });
    // 20 > 0.5 × 25
    expect(apr).toEqual({
      start: '2026-04-01T00:00:00.000Z',
      end: '2026-05-01T00:00:00.000Z',
      label: 'April 2026',
      n: 6,
      suppressed: true,
      reason: 'a single unit holds more than 50% of the total (dominance rule)',
    });
    expect(JSON.stringify(apr)).not.toContain('north');
  });

  it('keeps only whole periods inside [from, to), takes epoch ms and applies minGroup and dominance', async () => {
    const from = Date.parse('2026-02-15T00:00:00Z');
    const to = Date.parse('2026-05-01T00:00:00Z');
    const res = await env.api.call(
      'GET',
      `${URL}?kpi=t.orders&by=region&from=${from}&to=${to}&minGroup=4&dominance=0.9`,
      {
        as: 'viewer',
      }
    );
    expect(res.statusCode).toBe(200);
    const [mar, apr, ...rest] = res.json().periods;
    expect(rest).toEqual([]);
    // March 3 3 3 3: every percentile 3, each rank (0 + ½·4)/4 = 50
    expect(mar).toMatchObject({ label: 'March 2026', n: 4, suppressed: false, p10: 3, p50: 3, p90: 3 });
    expect(mar.ranks).toEqual({ north: 50, south: 50, east: 50, west: 50 });
    // 20 ≤ 0.9 × 25 = 22.5: shown; sorted 1 1 1 1 1 20, p90 h 4.5 → 1 + 0.5·19 = 10.5
    expect(apr).toMatchObject({ label: 'April 2026', n: 6, suppressed: false, p50: 1, p90: expect.closeTo(10.5, 9) });
  });

  it('answers an empty list when no period is complete in the range', async () => {
    const res = await env.api.call('GET', `${URL}?kpi=t.orders&by=segment&from=2026-01-05&to=2026-01-20`, {
      as: 'viewer',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().periods).toEqual([]);
  });

  it('refuses a bad column, time or KPI with the place named', async () => {
    const badBy = await env.api.call('GET', `${URL}?kpi=t.orders&by=customer&${JAN_TO_MAY}`, { as: 'viewer' });
    expect(badBy.statusCode).toBe(400);
    expect(badBy.json().error).toMatchObject({ code: 'invalid_request', path: 'querystring.by' });
    const badFrom = await env.api.call('GET', `${URL}?kpi=t.orders&by=region&from=soon&to=2026-05-01`, {
      as: 'viewer',
    });
    expect(badFrom.statusCode).toBe(400);
    expect(badFrom.json().error.path).toBe('querystring.from');
    const backwards = await env.api.call('GET', `${URL}?kpi=t.orders&by=region&from=2026-05-01&to=2026-01-01`, {
      as: 'viewer',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.path).toBe('querystring.to');
    const unknown = await env.api.call('GET', `${URL}?kpi=t.nothing&by=region&${JAN_TO_MAY}`, { as: 'viewer' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toEqual({
      code: 'not_found',
      message: 'KPI t.nothing is not in the registry',
      path: 'querystring.kpi',
    });
  });

  it('refuses a KPI the engine cannot split by the column, and a caller without a token', async () => {
    const manual = await env.api.call('GET', `${URL}?kpi=t.manual&by=region&${JAN_TO_MAY}`, { as: 'viewer' });
    expect(manual.statusCode).toBe(400);
    expect(manual.json().error).toMatchObject({ path: 'querystring.by' });
    expect(manual.json().error.message).toBe('KPI t.manual (version 1, manual) cannot be broken down by "region"');
    const anonymous = await env.api.call('GET', `${URL}?kpi=t.orders&by=region&${JAN_TO_MAY}`, { as: 'none' });
    expect(anonymous.statusCode).toBe(401);
  });
});
