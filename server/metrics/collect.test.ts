import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { createValues, type Values } from '../values/create-values';
import { collectMetrics } from './collect';
import { exposition } from './exposition';
import { openEscalation, parseExposition, samplesOf, seedMetrics } from './testing';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-20T10:00:00Z');
const OWNER = 'head-of-quality';
const ESCALATIONS = [
  openEscalation('e1', { policy: 'p.critical', kpi: 'm.nps', owner: OWNER, level: 2, openedAt: NOW - 3_600_500 }),
  openEscalation('e2', {
    policy: 'p.critical',
    kpi: 'm.lead',
    owner: 'ops "lead"',
    level: 1,
    openedAt: NOW - 90_000,
    acknowledgedAt: NOW - 30_000,
  }),
  openEscalation('e3', { policy: 'p.critical', kpi: 'm.nps', owner: OWNER, level: 2, openedAt: NOW - 1250 }),
];

/** A clock that reads 1000 ms when the scrape starts and 3500 ms when it ends. */
const twoReadings = () => {
  const readings = [1000, 3500];
  return () => readings.shift() ?? Number.NaN;
};

const ctx = (card: string, objective: string, perspective: string, unit: string) =>
  `objective="${objective}",period="month",perspective="${perspective}",scorecard="${card}",unit="${unit}"`;
const NPS = `kpi="m.nps",${ctx('m.card', 'delight', 'customer', 'points')}`;
const LEAD = `kpi="m.lead",${ctx('m.card', 'speed', 'internal', 'days')}`;
const CSAT = `kpi="m.csat",${ctx('m.card', 'delight', 'customer', 'percent')}`;
const withStatus = (labels: string, status: string) => labels.replace(',unit=', `,status="${status}",unit=`);

// October 2026 in Berlin: m.nps's latest check-in is 20 (its red flag: 10/3, critical; the 99 is November's);
// m.lead's is 7, halfway from its red flag 10 to its goal 4 (score 10/3 + 5/3 = 5, warning); m.csat has none.
// Roll-up: delight = m.nps alone (m.csat has no score) = 10/3; speed = 5; perspectives weighted 1 and 3:
// (10/3 * 1 + 5 * 3) / 4 = 4.583333333333333.
const EXPECTED = [
  '# HELP scorecard_escalation_open_seconds Seconds since each unresolved escalation opened.',
  '# TYPE scorecard_escalation_open_seconds gauge',
  'scorecard_escalation_open_seconds{escalation="e1",kpi="m.nps",policy="p.critical"} 3600.5',
  'scorecard_escalation_open_seconds{escalation="e2",kpi="m.lead",policy="p.critical"} 90',
  'scorecard_escalation_open_seconds{escalation="e3",kpi="m.nps",policy="p.critical"} 1.25',
  '# HELP scorecard_escalations_open Unresolved escalations by policy, KPI, owner, notified level and whether acknowledged.',
  '# TYPE scorecard_escalations_open gauge',
  `scorecard_escalations_open{acknowledged="false",kpi="m.nps",level="2",owner="${OWNER}",policy="p.critical"} 2`,
  'scorecard_escalations_open{acknowledged="true",kpi="m.lead",level="1",owner="ops \\"lead\\"",policy="p.critical"} 1',
  "# HELP scorecard_kpi_score The KPI's score 0..10 for its last complete reporting period.",
  '# TYPE scorecard_kpi_score gauge',
  `scorecard_kpi_score{${LEAD}} 5`,
  `scorecard_kpi_score{${NPS}} 3.3333333333333335`,
  "# HELP scorecard_kpi_status 1 for the KPI's status (ok, warning, critical, no-data) in its last complete reporting period.",
  '# TYPE scorecard_kpi_status gauge',
  `scorecard_kpi_status{${withStatus(CSAT, 'no-data')}} 1`,
  `scorecard_kpi_status{${withStatus(LEAD, 'warning')}} 1`,
  `scorecard_kpi_status{${withStatus(NPS, 'critical')}} 1`,
  "# HELP scorecard_kpi_target The KPI's target for its last complete reporting period.",
  '# TYPE scorecard_kpi_target gauge',
  `scorecard_kpi_target{${CSAT}} 90`,
  `scorecard_kpi_target{${LEAD}} 3`,
  `scorecard_kpi_target{${NPS}} 50`,
  "# HELP scorecard_kpi_value The KPI's value for its last complete reporting period.",
  '# TYPE scorecard_kpi_value gauge',
  `scorecard_kpi_value{${LEAD}} 7`,
  `scorecard_kpi_value{${NPS}} 20`,
  '# HELP scorecard_metrics_scrape_duration_seconds Seconds this scrape took to compute the metrics.',
  '# TYPE scorecard_metrics_scrape_duration_seconds gauge',
  'scorecard_metrics_scrape_duration_seconds 2.5',
  "# HELP scorecard_score The scorecard's weighted roll-up score 0..10.",
  '# TYPE scorecard_score gauge',
  'scorecard_score{scorecard="m.card"} 4.583333333333333',
  '',
].join('\n');

describe.each(STORE_PLACES)('collectMetrics on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let registry: Registry;
  let values: Values;

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    await store.migrate();
    registry = await createRegistry(store, { timeZone: ZONE });
    values = createValues(store, registry, ZONE);
    await seedMetrics(registry, values.checkIns);
  });
  afterAll(async () => {
    await values.close();
    await store.close();
    await place.dispose();
  });

  const collect = (now: number, unresolved = ESCALATIONS) =>
    collectMetrics({
      registry,
      engine: values.engine,
      timeZone: ZONE,
      now,
      unresolved: async () => unresolved,
      clock: twoReadings(),
    });

  it("exposes each in-force scorecard's KPIs for the last complete Berlin month and the open escalations", async () => {
    const text = exposition(await collect(NOW));
    expect(text).toBe(EXPECTED);
    const families = parseExposition(text);
    expect([...families.keys()]).toHaveLength(8);
    expect(samplesOf(families, 'scorecard_kpi_status', { scorecard: 'm.draft' })).toEqual([]);
    expect(samplesOf(families, 'scorecard_kpi_status', { scorecard: 'm.old' })).toEqual([]);
  });

  it('reports September once October has not ended in Berlin, though it has in UTC', async () => {
    // 31 October 23:59 in Berlin: September is the last complete month; m.nps's 31 counts in October there.
    // m.lead's 12 lies beyond its red flag 10 towards 16 (score 0): 10/3 - (2/6) * 10/3 = 20/9, critical.
    const families = parseExposition(exposition(await collect(Date.parse('2026-10-31T22:59:00Z'), [])));
    expect(samplesOf(families, 'scorecard_kpi_value')).toEqual([
      { labels: expect.objectContaining({ kpi: 'm.lead' }), value: 12 },
    ]);
    const [lead] = samplesOf(families, 'scorecard_kpi_score');
    expect(lead?.labels.kpi).toBe('m.lead');
    expect(lead?.value).toBeCloseTo(20 / 9, 12);
    const statuses = samplesOf(families, 'scorecard_kpi_status').map((s) => [s.labels.kpi, s.labels.status]);
    expect(statuses).toEqual([
      ['m.csat', 'no-data'],
      ['m.lead', 'critical'],
      ['m.nps', 'no-data'],
    ]);
    // only m.lead has a score: the roll-up is its perspective's
    expect(samplesOf(families, 'scorecard_score')[0]?.value).toBeCloseTo(20 / 9, 12);
    expect(families.get('scorecard_escalations_open')?.samples).toEqual([]);
    expect(families.get('scorecard_escalation_open_seconds')?.samples).toEqual([]);
  });
});
