import { type JourneySpec } from '../../core/schema/journey';
import { journeyDoc } from '../funnels/testing';
import { insertEvents as ingest } from '../events/store-sink';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';
import { kpiDoc } from '../test-support/documents';
import { sourceDoc } from '../values/measure/test-events';

interface Frame {
  schema: { fields: Array<{ name: string }>; meta?: { custom?: Record<string, unknown>; notices?: unknown[] } };
  data: { values: unknown[][] };
}

const journey = (id: string, order: JourneySpec['order']) => journeyDoc(id, order, ['visit', 'signup', 'buy']);

// 1 April 2026 (UTC) and the day before; the window is one hour from each visit
const EVENTS: Array<[string, string, string, string | null]> = [
  ['c1', '2026-04-01T10:00:00Z', 'visit', 'smb'],
  ['c1', '2026-04-01T10:10:00Z', 'signup', null],
  ['c1', '2026-04-01T10:20:00Z', 'x', null],
  ['c1', '2026-04-01T10:40:00Z', 'buy', null],
  ['c2', '2026-04-01T11:00:00Z', 'visit', 'ent'],
  ['c2', '2026-04-01T11:30:00Z', 'signup', null],
  ['c3', '2026-04-01T12:00:00Z', 'visit', 'smb'],
  ['c3', '2026-04-01T12:10:00Z', 'buy', null],
  ['c4', '2026-04-01T13:00:00Z', 'visit', 'ent'],
  ['c4', '2026-04-01T14:30:00Z', 'signup', null],
  ['c5', '2026-04-01T15:00:00Z', 'signup', null],
  ['p1', '2026-03-31T10:00:00Z', 'visit', null],
  ['p1', '2026-03-31T10:05:00Z', 'signup', null],
  ['p2', '2026-03-31T11:00:00Z', 'visit', null],
];

describe.each(STORE_PLACES)('funnel queries on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace, { values: { timeZone: 'UTC' } });

  beforeAll(async () => {
    const signupToBuy = kpiDoc('k.signup-to-buy', {
      unit: 'percentunit',
      period: 'day',
      calculation: { measure: { aggregate: 'conversion', journey: 'j.ordered', from: 'signup', to: 'buy' } },
    });
    const documents = [
      sourceDoc('own'),
      journey('j.ordered', 'ordered'),
      journey('j.strict', 'strict'),
      journey('j.any', 'unordered'),
      signupToBuy,
    ];
    expect((await env.api.call('POST', '/api/v1/apply', { body: { documents, approve: true } })).statusCode).toBe(200);
    const blank = { stage: null, channel: null, region: null, value: null };
    await ingest(
      env.store.sql,
      EVENTS.map(([customer, time, event, segment]) => ({ ...blank, customer, time: Date.parse(time), event, segment }))
    );
  });

  async function funnel(query: Record<string, unknown>) {
    const body = {
      from: '2026-04-01T00:00:00Z',
      to: '2026-04-02T00:00:00Z',
      queries: [{ refId: 'F', queryType: 'funnel', ...query }],
    };
    const res = await env.api.call('POST', '/api/v1/query', { as: 'viewer', body });
    expect(res.statusCode).toBe(200);
    const result = res.json<{ results: { F: { frames?: Frame[]; error?: string; status?: number } } }>().results.F;
    const [main, ttc, overTime] = result.frames ?? [];
    const col = (name: string, frame = main) =>
      frame?.data.values[frame.schema.fields.findIndex((f) => f.name === name)];
    return { result, main, ttc, overTime, col };
  }

  it('ordered: customers per stage, conversions, time to convert, the day before and significance', async () => {
    const { col, main } = await funnel({ journey: 'j.ordered', compare: 'previous-period' });
    expect(col('stage')).toEqual(['visit', 'signup', 'buy']);
    expect(col('name')).toEqual(['VISIT', 'SIGNUP', 'BUY']);
    expect(col('value')).toEqual([4, 2, 1]);
    expect(col('conversion')).toEqual([1, 0.5, 0.25]);
    expect(col('stepConversion')).toEqual([1, 0.5, 0.5]);
    // c1 10 min and c2 30 min to sign up; c1 30 min from sign-up to buying
    expect(col('medianTimeToConvert')).toEqual([null, 1200, 1800]);
    expect(col('meanTimeToConvert')).toEqual([null, 1200, 1800]);
    expect(col('inProgress')).toEqual([0, 0, 0]);
    expect(col('previous')).toEqual([2, 1, 0]);
    // 2 of 4 against 1 of 2 is no difference at all; 1 of 4 against 0 of 2 gives z = 0.77
    expect(col('significant')).toEqual([false, false, false]);
    const [lo, hi] = [col('conversionLow')?.[1], col('conversionHigh')?.[1]] as number[];
    // Wilson 95 % of 2 in 4: [0.1500, 0.8500]
    expect([lo?.toFixed(4), hi?.toFixed(4)]).toEqual(['0.1500', '0.8500']);
    expect(main?.schema.meta?.custom).toMatchObject({
      journey: 'j.ordered',
      version: 1,
      order: 'ordered',
      window: '1h',
    });
  });

  it('strict: any other event between steps ends the attempt; unordered: stage k is any k stages', async () => {
    expect((await funnel({ journey: 'j.strict' })).col('value')).toEqual([4, 2, 0]);
    expect((await funnel({ journey: 'j.any' })).col('value')).toEqual([5, 3, 1]);
  });

  it('a breakdown by the entry event’s segment, a histogram of time to convert and conversion over time', async () => {
    const { col, ttc, overTime } = await funnel({ journey: 'j.ordered', breakdown: 'segment', interval: '6h' });
    expect(col('segment')).toEqual(['ent', 'ent', 'ent', 'smb', 'smb', 'smb']);
    expect(col('value')).toEqual([2, 1, 0, 2, 1, 1]);
    const signups = (col('customers', ttc) as number[]).slice(0, 11);
    // 600 s falls in the bucket up to 15 min, 1,800 s in the one up to an hour
    expect(signups).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    // entries between 06:00 and 12:00 (c1, c2) and between 12:00 and 18:00 (c3, c4)
    expect(col('visit', overTime)).toEqual([0, 2, 2, 0]);
    expect(col('buy', overTime)).toEqual([0, 1, 0, 0]);
    expect(col('conversion', overTime)).toEqual([null, 0.5, 0, null]);
  });

  it('a conversion KPI: of the customers who entered `from` in the period, the share that reached `to`', async () => {
    const body = {
      from: '2026-04-01T00:00:00Z',
      to: '2026-04-02T00:00:00Z',
      queries: [{ refId: 'K', queryType: 'kpi', kpi: 'k.signup-to-buy', interval: '1d' }],
    };
    const res = await env.api.call('POST', '/api/v1/query', { as: 'viewer', body });
    const frame = res.json<{ results: { K: { frames: Frame[] } } }>().results.K.frames[0];
    const col = (name: string) => frame?.data.values[frame.schema.fields.findIndex((f) => f.name === name)];
    // signed up on 1 April: c1, c2, c4, c5; of them only c1 bought within the hour (c3 bought without signing up)
    expect(col('k.signup-to-buy')).toEqual([0.25]);
    expect(col('sample')).toEqual([4]);
  });

  it('an unknown journey is a 404 and an unknown breakdown column a 400, each for its own query', async () => {
    const unknown = await funnel({ journey: 'j.nope' });
    expect([unknown.result.status, unknown.result.error]).toEqual([404, 'journey "j.nope" is not in the registry']);
    const bad = await funnel({ journey: 'j.ordered', breakdown: 'colour' });
    expect(bad.result.status).toBe(400);
    expect(bad.result.error).toContain('cannot break a funnel down by "colour"');
  });
});
