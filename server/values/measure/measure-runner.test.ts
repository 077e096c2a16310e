import { intervalGrid } from '../../../core/periods';
import { type Store } from '../../store/store';
import { type StorePlace } from '../../store/store-contract';
import { STORE_PLACES } from '../../test-support/places';
import { StoreSourceResolver } from '../sources/source-resolver';
import { type DimensionFilter as Filter, type SeriesPoints, type TimeRange } from '../types';
import { type Measure } from './compile-measure';
import { SqlMeasureRunner } from './measure-runner';
import { answers, at, DAY, HOUR, insertEvents, measureKpi, sourceDoc, type TestEvent } from './test-events';

const DAY1 = '2024-03-01T08:00:00Z';
const DAY2 = '2024-03-02T08:00:00Z';
const TWO_DAYS: TimeRange = { from: at('2024-03-01T00:00:00Z'), to: at('2024-03-03T00:00:00Z') };

const EVENTS: TestEvent[] = [
  ...answers('nps_response', DAY1, [10, 9, 9, 8, 7, 6, 3, 0, 10, 9, 11, -1]),
  ...answers('nps_response', DAY2, [10, 10, 5, 9]),
  ...answers('csat_response', DAY1, [5, 4, 4, 3, 1, 5, 0]),
  ...answers('ces_response', DAY1, [7, 6, 5, 2, 9]),
  ...answers('order', DAY1, [1, 2, 3, 4, 10]),
  ...answers('trial_start', '2024-03-01T10:00:00Z', [0, 0, 0, 0], { segment: 'smb' }),
  ...answers('trial_start', '2024-03-01T10:30:00Z', [0, 0], { segment: 'ent' }),
  ...answers('purchase', '2024-03-01T10:40:00Z', [0], { segment: 'smb' }),
  ...answers('trial_start', '2024-03-01T11:00:00Z', [0, 0], { segment: 'smb' }),
  ...answers('purchase', '2024-03-01T11:20:00Z', [0, 0], { segment: 'smb' }),
  ...answers('purchase', '2024-03-01T12:00:00Z', [0], { segment: 'smb' }),
  ...['a', 'a', 'b', 'c'].map((customer, i) => ({ time: `2024-03-01T09:0${i}:00Z`, event: 'login', customer })),
  { time: DAY2, event: 'login', customer: 'a' },
  { time: DAY1, event: 'page_view', channel: 'web', segment: 'smb', value: 1 },
  { time: DAY1, event: 'page_view', channel: 'app', segment: 'smb', value: 0 },
  { time: DAY1, event: 'page_view', channel: 'email', segment: 'ent', value: 1 },
  { time: DAY1, event: 'page_view', channel: 'web', segment: 'ent', value: 1 },
  { time: DAY1, event: 'page_view', channel: 'app', value: 1 },
  ...['2024-03-01T05:00:00Z', '2024-03-01T10:59:59.999Z', '2024-03-01T11:00:00Z', '2024-03-01T23:59:59.999Z'].map(
    (time) => ({ time, event: 'tick' })
  ),
  { time: '2024-03-02T00:00:00Z', event: 'tick' },
];

describe.each(STORE_PLACES)('measures on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let resolver: StoreSourceResolver;
  let runner: SqlMeasureRunner;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    await insertEvents(store.sql, EVENTS);
    resolver = new StoreSourceResolver(store);
    runner = new SqlMeasureRunner({ resolver, sourceDocument: async (id) => (id === 'own' ? sourceDoc('own') : null) });
  });

  afterAll(async () => {
    await resolver.close();
    await store.close();
    await place.dispose();
  });

  const run = (
    measure: Omit<Measure, 'source'>,
    opts: {
      range?: TimeRange;
      intervalMs?: number;
      breakdown?: string;
      minimumSample?: number;
      filter?: Filter;
      maxSeries?: number;
    } = {}
  ): Promise<SeriesPoints[]> =>
    runner.run({
      kpi: measureKpi('k', measure, opts.minimumSample),
      range: opts.range ?? TWO_DAYS,
      intervalMs: opts.intervalMs ?? DAY,
      grid: intervalGrid(opts.range ?? TWO_DAYS, opts.intervalMs ?? DAY, 'UTC'),
      breakdown: opts.breakdown,
      ...(opts.maxSeries === undefined ? {} : { maxSeries: opts.maxSeries }),
      filter: opts.filter,
    });

  async function points(measure: Omit<Measure, 'source'>, opts: Parameters<typeof run>[1] = {}) {
    const series = await run(measure, opts);
    expect(series).toHaveLength(1);
    return series[0]?.points ?? [];
  }

  it('computes NPS per day with its margin of error, excluding answers off the 0–10 scale', async () => {
    const [day1, day2] = await points(
      { aggregate: 'nps', field: 'value', filter: { event: 'nps_response' } },
      { minimumSample: 5 }
    );
    // day 1: 5 promoters, 2 passives, 3 detractors of 10 (11 and −1 excluded); day 2: 3 and 1 of 4
    expect(day1).toMatchObject({ time: at('2024-03-01T00:00:00Z'), value: 20, sample: 10 });
    expect(day1?.moe).toBeCloseTo(196 * Math.sqrt((0.5 + 0.3 - 0.2 ** 2) / 10), 9);
    expect(day1?.moe).toBeCloseTo(54.0335, 3);
    expect(day1?.reason).toBe('2 answers outside 0–10 or missing, excluded');
    expect(day1?.flags).toBeUndefined();
    expect(day2).toMatchObject({ time: at('2024-03-02T00:00:00Z'), value: 50, sample: 4 });
    expect(day2?.moe).toBeCloseTo(84.8705, 3);
    expect(day2?.flags).toEqual(['insufficient-sample']);
  });

  it('computes CSAT as the percentage of 4–5 answers and CES as a mean on 1–7', async () => {
    const [c] = await points({ aggregate: 'csat', field: 'value', filter: { event: 'csat_response' } });
    expect(c?.value).toBeCloseTo(400 / 6, 9);
    expect(c?.sample).toBe(6);
    expect(c?.moe).toBeCloseTo(196 * Math.sqrt(2 / 9 / 6), 9);
    const [e] = await points({ aggregate: 'ces', field: 'value', filter: { event: 'ces_response' } });
    // 7, 6, 5, 2: mean 5, squared deviations 4 + 1 + 0 + 9 = 14, sample sd √(14/3)
    expect(e).toMatchObject({ value: 5, sample: 4, reason: '1 answer outside 1–7 or missing, excluded' });
    expect(e?.moe).toBeCloseTo((1.96 * Math.sqrt(14 / 3)) / 2, 9);
  });

  it('computes a ratio per hourly bucket within the base filter', async () => {
    const range = { from: at('2024-03-01T10:00:00Z'), to: at('2024-03-01T13:00:00Z') };
    const measure: Omit<Measure, 'source'> = {
      aggregate: 'ratio',
      filter: { segment: 'smb' },
      numerator: { event: 'purchase' },
      denominator: { event: 'trial_start' },
    };
    const [ten, eleven, noon] = await points(measure, { range, intervalMs: HOUR });
    expect(ten).toMatchObject({ time: at('2024-03-01T10:00:00Z'), value: 0.25, sample: 4 });
    expect(ten?.moe).toBeCloseTo(1.96 * Math.sqrt(0.1875 / 4), 9);
    // purchases are not among the trials they are divided by, so every point is flagged
    const gap = 'not a rate: the numerator counts event "purchase", which the denominator does not include';
    expect(ten).toMatchObject({ flags: ['impossible-rate'], reason: gap });
    expect(eleven).toEqual({
      time: at('2024-03-01T11:00:00Z'),
      value: 1,
      sample: 2,
      moe: 0,
      flags: ['impossible-rate'],
      reason: gap,
    });
    expect(noon).toMatchObject({
      time: at('2024-03-01T12:00:00Z'),
      value: null,
      flags: ['division-by-zero', 'impossible-rate'],
    });
  });

  it('flags a ratio over 1 and leaves a subset ratio unflagged', async () => {
    const whole = { range: { from: at('2024-03-01T00:00:00Z'), to: at('2024-03-02T00:00:00Z') }, intervalMs: DAY };
    const overTrials = { numerator: { event: 'purchase' }, denominator: { event: 'trial_start', segment: 'ent' } };
    // 4 purchases (all smb) over 2 ent trials
    const [tooMany] = await points({ aggregate: 'ratio', ...overTrials }, whole);
    expect(tooMany).toMatchObject({ value: 2, sample: 2, flags: ['impossible-rate'] });
    expect(tooMany?.moe).toBeUndefined();
    expect(tooMany?.reason).toBe(
      'not a rate: the numerator counts event "purchase", which the denominator does not include; ' +
        '4 rows match the numerator but only 2 the denominator'
    );
    const ofWebAndApp = {
      aggregate: 'ratio' as const,
      filter: { event: 'page_view' },
      denominator: { channel: ['web', 'app'] },
    };
    // web smb 1, app smb 0, web ent 1, app (no segment) 1: three of four carry value 1
    const [subset] = await points({ ...ofWebAndApp, numerator: { channel: ['app', 'web'], value: 1 } }, whole);
    expect(subset).toMatchObject({ value: 0.75, sample: 4 });
    expect(subset?.flags).toBeUndefined();
    expect(subset?.reason).toBeUndefined();
    // value 1 also counts the email page view, which the denominator leaves out
    const [loose] = await points({ ...ofWebAndApp, numerator: { value: 1 } }, whole);
    expect(loose).toMatchObject({ value: 1, sample: 4, flags: ['impossible-rate'] });
  });

  it('refuses a breakdown with more values than series allowed before building any series', async () => {
    const logins = { aggregate: 'count' as const, filter: { event: 'login' } };
    // logins come from customers a, b and c
    await expect(run(logins, { breakdown: 'customer', maxSeries: 2 })).rejects.toThrow(
      'breaking down by "customer" gives more than 2 series, the limit'
    );
    const three = await run(logins, { breakdown: 'customer', maxSeries: 3 });
    expect(three.map((s) => s.breakdown?.value)).toEqual(['a', 'b', 'c']);
  });

  it('counts distinct customers per day', async () => {
    const pts = await points({ aggregate: 'count_distinct', field: 'customer', filter: { event: 'login' } });
    expect(pts.map((p) => [p.value, p.sample])).toEqual([
      [3, 4],
      [1, 1],
    ]);
  });

  it('computes exact median, p90, sum, avg, min and max', async () => {
    const of = async (aggregate: Measure['aggregate']) =>
      (await points({ aggregate, field: 'value', filter: { event: 'order' } }))[0];
    expect(await of('median')).toMatchObject({ value: 3, sample: 5 });
    // continuous p90 of 1, 2, 3, 4, 10: rank 0.9·4 = 3.6 → 4 + 0.6·(10 − 4)
    expect((await of('p90'))?.value).toBeCloseTo(7.6, 9);
    expect(await of('sum')).toMatchObject({ value: 20, sample: 5 });
    expect(await of('min')).toMatchObject({ value: 1 });
    expect(await of('max')).toMatchObject({ value: 10 });
    const avg = await of('avg');
    expect(avg).toMatchObject({ value: 4, sample: 5 });
    expect(avg?.moe).toBeCloseTo((1.96 * Math.sqrt(50 / 4)) / Math.sqrt(5), 9);
  });

  it('filters with lists and numbers', async () => {
    const count = async (filter: Measure['filter']) =>
      (await points({ aggregate: 'count', filter: { event: 'page_view', ...filter } }))[0]?.value;
    expect(await count({ channel: ['web', 'app'] })).toBe(4);
    expect(await count({ channel: ['web', 'app'], value: 1 })).toBe(3);
    expect(await count({ channel: 'email', value: [0, 1] })).toBe(1);
  });

  it('keeps only the rows a request’s filter allows, on top of the measure’s own filter', async () => {
    const count = async (own: Measure['filter'], filter: Filter) =>
      (await run({ aggregate: 'count', filter: { event: 'page_view', ...own } }, { filter })).map((s) =>
        s.points.map((p) => p.value)
      );
    expect(await count({}, { segment: ['smb'] })).toEqual([[2]]);
    expect(await count({}, { segment: ['ent', 'smb'], channel: ['web'] })).toEqual([[2]]);
    expect(await count({ channel: 'email' }, { segment: ['ent', 'smb'] })).toEqual([[1]]);
    // the measure's email and the request's smb never meet
    expect(await count({ channel: 'email' }, { segment: ['smb'] })).toEqual([[]]);
    const bySegment = await run(
      { aggregate: 'count', filter: { event: 'page_view' } },
      { breakdown: 'segment', filter: { channel: ['app', 'web'] } }
    );
    expect(bySegment.map((s) => [s.breakdown?.value, s.points.map((p) => p.value)])).toEqual([
      ['ent', [1]],
      ['smb', [2]],
      [null, [1]],
    ]);
  });

  it('breaks down by segment, one series per value and the missing one last', async () => {
    const series = await run(
      { aggregate: 'count', filter: { event: 'page_view', channel: ['web', 'app'] } },
      { breakdown: 'segment' }
    );
    expect(series.map((s) => [s.breakdown?.value, s.points.map((p) => p.value)])).toEqual([
      ['ent', [1]],
      ['smb', [2]],
      [null, [1]],
    ]);
    expect(series[0]?.breakdown?.column).toBe('segment');
  });

  it('aligns hourly and daily buckets to the epoch, keeping only events in the range', async () => {
    const tick = { aggregate: 'count' as const, filter: { event: 'tick' } };
    const hourly = await points(tick, {
      range: { from: at('2024-03-01T10:30:00Z'), to: at('2024-03-02T01:00:00Z') },
      intervalMs: HOUR,
    });
    // 10:59:59.999 is in the range and in the bucket starting 10:00, before the range's start
    expect(hourly.map((p) => [new Date(p.time).toISOString(), p.value])).toEqual([
      ['2024-03-01T10:00:00.000Z', 1],
      ['2024-03-01T11:00:00.000Z', 1],
      ['2024-03-01T23:00:00.000Z', 1],
      ['2024-03-02T00:00:00.000Z', 1],
    ]);
    const range = { from: at('2024-03-01T06:00:00Z'), to: at('2024-03-03T00:00:00Z') };
    const daily = await points(tick, { range, intervalMs: DAY });
    expect(daily.map((p) => [new Date(p.time).toISOString(), p.value])).toEqual([
      ['2024-03-01T00:00:00.000Z', 3],
      ['2024-03-02T00:00:00.000Z', 1],
    ]);
    const whole = await points(tick, { range, intervalMs: range.to - range.from });
    expect(whole).toEqual([{ time: range.from, value: 4, sample: 4 }]);
  });

  it('names an unknown source and an unknown column', async () => {
    await expect(
      runner.run({
        kpi: measureKpi('k', { aggregate: 'count', source: 'nope' }),
        range: TWO_DAYS,
        intervalMs: DAY,
        grid: intervalGrid(TWO_DAYS, DAY, 'UTC'),
      })
    ).rejects.toThrow('source "nope" is not defined');
    await expect(run({ aggregate: 'count', filter: { colour: 'red' } })).rejects.toThrow(
      'cannot filter source "own" on "colour"'
    );
  });
});
