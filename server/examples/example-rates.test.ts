// The cohort rates of the example organisation that stay SQL KPIs (trial-to-paid with its channels, the SMB rates)
// on both stores, with hand-computed answers; the stage conversions are in example-conversions.test.ts.
import { intervalGrid } from '../../core/periods';
import { type KpiDocument } from '../../core/schema';
import { loadExampleOrg } from '../demo/example-org';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { StoreSqlKpiRunner } from '../values/sql-kpi';
import { type TimeRange } from '../values/types';
import { EXAMPLE_STAGES } from './example-stages';

type Event = [customer: string, event: string, time: string, extra?: { channel?: string; segment?: string }];

const web = { channel: 'web', segment: 'smb' };
const EVENTS: Event[] = [
  // trial-to-paid, 30 days; November's cohort is the web and app trials of Oct 2 – Nov 1
  ['t-a', 'trial_start', '2024-10-05T10:00:00Z', web],
  ['t-a', 'purchase', '2024-10-15T10:00:00Z', web],
  ['t-b', 'trial_start', '2024-10-20T10:00:00Z', { channel: 'app', segment: 'mid-market' }],
  ['t-b', 'purchase', '2024-11-25T10:00:00Z', { channel: 'app', segment: 'mid-market' }],
  ['t-c', 'trial_start', '2024-10-31T23:00:00Z', web],
  ['t-c', 'purchase', '2024-11-29T12:00:00Z', web],
  ['t-d', 'trial_start', '2024-10-10T10:00:00Z', { channel: 'sales', segment: 'smb' }],
  ['t-d', 'purchase', '2024-10-12T10:00:00Z', { channel: 'sales', segment: 'smb' }],
  ['t-e', 'trial_start', '2024-10-01T12:00:00Z', web],
  ['t-e', 'purchase', '2024-10-03T12:00:00Z', web],
  ['t-f', 'trial_start', '2024-11-02T10:00:00Z', web],
  ['t-f', 'purchase', '2024-11-05T10:00:00Z', web],
  ['t-g', 'trial_start', '2024-10-03T10:00:00Z', web],
  ['t-g', 'trial_start', '2024-10-25T10:00:00Z', web],
  ['t-g', 'purchase', '2024-10-28T10:00:00Z', web],
  ['t-i', 'purchase', '2024-10-08T10:00:00Z', web],
  ['t-i', 'trial_start', '2024-10-12T10:00:00Z', web],
  // onboarding completion, 60 days; November's cohort bought Sep 2 – Oct 2
  ['o-a', 'purchase', '2024-09-05T10:00:00Z', { segment: 'smb' }],
  ['o-a', 'onboarding_complete', '2024-09-12T10:00:00Z', { segment: 'smb' }],
  ['o-b', 'purchase', '2024-09-10T10:00:00Z', { segment: 'enterprise' }],
  ['o-b', 'onboarding_complete', '2024-11-20T10:00:00Z', { segment: 'enterprise' }],
  ['o-c', 'purchase', '2024-09-20T10:00:00Z', { segment: 'smb' }],
  ['o-d', 'purchase', '2024-10-01T10:00:00Z', { segment: 'smb' }],
  ['o-d', 'onboarding_complete', '2024-11-29T10:00:00Z', { segment: 'smb' }],
  ['o-e', 'purchase', '2024-09-01T12:00:00Z', { segment: 'smb' }],
  ['o-e', 'onboarding_complete', '2024-09-03T12:00:00Z', { segment: 'smb' }],
];

async function insert(store: Store, events: Event[]): Promise<void> {
  for (const [customer, event, time, extra = {}] of events) {
    await store.sql.exec(
      'INSERT INTO events (time, customer, event, stage, channel, segment) VALUES (CAST($1 AS TIMESTAMPTZ), $2, $3, $4, $5, $6)',
      [time, customer, event, EXAMPLE_STAGES[event] ?? null, extra.channel ?? null, extra.segment ?? null]
    );
  }
}

const month = (from: string, to: string): TimeRange => ({ from: Date.parse(from), to: Date.parse(to) });
const NOVEMBER = month('2024-11-01T00:00:00Z', '2024-12-01T00:00:00Z');
const OCTOBER = month('2024-10-01T00:00:00Z', '2024-11-01T00:00:00Z');
const DAY = 86_400_000;

describe.each(STORE_PLACES)('cohort rates of the example organisation on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let runner: StoreSqlKpiRunner;
  let kpis: Map<string, KpiDocument>;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    await insert(store, EVENTS);
    runner = new StoreSqlKpiRunner(store.sql);
    const docs = await loadExampleOrg();
    kpis = new Map(docs.flatMap((d) => (d.kind === 'KPI' ? [[d.metadata.id, d] as const] : [])));
  });

  afterAll(async () => {
    await store.close();
    await place.dispose();
  });

  async function points(id: string, range: TimeRange, intervalMs = range.to - range.from) {
    const kpi = kpis.get(id);
    if (kpi === undefined) {
      throw new Error(`the example organisation has no KPI ${id}`);
    }
    const series = await runner.run({ kpi, range, intervalMs, grid: intervalGrid(range, intervalMs, 'UTC') });
    return series.flatMap((s) => s.points.map((p) => [p.time, p.value]));
  }

  it('counts a trial as converted when the account bought within 30 days, in the period the 30 days end', async () => {
    // t-a, t-c (29.5 days) and t-g (two trials, one account) bought; t-b after 36 days, t-i before its trial
    expect(await points('customer.trial-to-paid', NOVEMBER)).toEqual([[NOVEMBER.from, 3 / 5]]);
    expect(await points('smb.trial-to-paid', NOVEMBER)).toEqual([[NOVEMBER.from, 3 / 4]]);
    expect(await points('customer.trial-to-paid', OCTOBER)).toEqual([[OCTOBER.from, 1]]);
  });

  it('counts onboarding completed within 60 days of the purchase', async () => {
    // SMB accounts: o-a and o-d (59 days) completed, o-c never; o-b is enterprise; o-e belongs to October
    expect(await points('smb.onboarding-completion', NOVEMBER)).toEqual([[NOVEMBER.from, 2 / 3]]);
  });

  it('splits a range into buckets from its start', async () => {
    const range = month('2024-10-02T00:00:00Z', '2024-12-01T00:00:00Z');
    expect(await points('customer.trial-to-paid', range, 30 * DAY)).toEqual([
      [range.from, 1],
      [range.from + 30 * DAY, 3 / 5],
    ]);
  });

  it('leaves out attempts whose window has not closed yet', async () => {
    const now = Date.now();
    const iso = (t: number) => new Date(t).toISOString();
    await insert(store, [
      ['n-a', 'trial_start', iso(now - 10 * DAY), web],
      ['n-a', 'purchase', iso(now - 5 * DAY), web],
    ]);
    const running = { from: now - DAY, to: now + 29 * DAY };
    expect(await points('customer.trial-to-paid', running)).toEqual([]);
  });
});
