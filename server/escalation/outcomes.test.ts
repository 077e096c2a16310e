import { escalationPolicySpec } from '../../core/escalation/policy';
import { type KpiDocument } from '../../core/schema';
import { putApproved, TestClock } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { kpiDoc } from '../test-support/documents';
import { STORE_PLACES } from '../test-support/places';
import { createValues, type Values } from '../values/create-values';
import { answers, insertEvents, sourceDoc } from '../values/measure/test-events';
import { kpiOutcomes, outcomeCount, type OutcomeDeps } from './outcomes';

const NOW = Date.parse('2026-12-02T09:00:00Z');

// higher is better: 20 or less is critical, 40 or more ok, below 35 is below target
const monthly = (id: string, spec: Partial<KpiDocument['spec']> = {}, effectiveFrom?: string): KpiDocument => {
  const doc = kpiDoc(id, {
    period: 'month',
    target: 35,
    thresholds: { redFlag: 20, goal: 40 },
    calculation: { manual: {} },
    ...spec,
  });
  return effectiveFrom === undefined ? doc : { ...doc, metadata: { id, effectiveFrom } };
};

describe.each(STORE_PLACES)('kpiOutcomes on %s', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let registry: Registry;
  let utc: Values;
  let berlin: Values;
  const deps = (values: Values): OutcomeDeps => ({ registry, engine: values.engine, timeZone: values.timeZone });

  async function checkIn(kpi: string, entries: Array<[string, number]>): Promise<void> {
    await utc.checkIns.add(
      entries.map(([iso, value]) => ({ kpi, time: Date.parse(iso), value, note: '', author: 'x' }))
    );
  }

  beforeAll(async () => {
    place = await newPlace();
    store = await place.open();
    registry = await createRegistry(store, { now: new TestClock('2026-03-01T09:00:00Z').now });
    utc = createValues(store, registry, 'UTC');
    berlin = createValues(store, registry, 'Europe/Berlin');

    await putApproved(registry, monthly('k.up'));
    await checkIn('k.up', [
      ['2026-09-15T12:00:00Z', 10],
      ['2026-10-15T12:00:00Z', 30],
      ['2026-11-15T12:00:00Z', 50],
      ['2026-12-01T08:00:00Z', 99],
    ]);

    await putApproved(registry, monthly('k.changed'));
    const v2 = { target: 38, thresholds: { redFlag: 32, goal: 45 } };
    await putApproved(registry, monthly('k.changed', v2, '2026-11-01T00:00:00Z'));
    await checkIn('k.changed', [
      ['2026-10-10T12:00:00Z', 30],
      ['2026-11-10T12:00:00Z', 30],
    ]);

    const low = { direction: 'lower-is-better' as const, target: 25, thresholds: { redFlag: 40, goal: 20 } };
    await putApproved(registry, monthly('k.low', low));
    await checkIn('k.low', [
      ['2026-09-20T12:00:00Z', 45],
      ['2026-10-20T12:00:00Z', 25],
      ['2026-11-20T12:00:00Z', 10],
    ]);

    await putApproved(registry, monthly('k.zone'));
    await checkIn('k.zone', [
      ['2026-09-15T12:00:00Z', 10],
      ['2026-10-15T12:00:00Z', 30],
      // 31 October in UTC, 1 November 00:30 in Berlin (CET)
      ['2026-10-31T23:30:00Z', 50],
      // 30 November in UTC, 1 December 00:10 in Berlin: running in both
      ['2026-11-30T23:10:00Z', 5],
    ]);

    await putApproved(registry, sourceDoc('own'));
    const csat = { aggregate: 'avg' as const, source: 'own', field: 'value', filter: { event: 'csat' } };
    await putApproved(registry, monthly('k.csat', { minimumSample: 3, calculation: { measure: csat } }));
    await insertEvents(store.sql, [
      ...answers('csat', '2026-09-05T10:00:00Z', [10, 20, 30]),
      ...answers('csat', '2026-10-05T10:00:00Z', [50, 60]),
      ...answers('csat', '2026-11-05T10:00:00Z', [40, 40, 70]),
    ]);
  });
  afterAll(async () => {
    await utc.close();
    await berlin.close();
    await store.close();
    await place.dispose();
  });

  it('judges the last three complete UTC months, oldest first, leaving out the running December', async () => {
    const result = await kpiOutcomes(deps(utc), 'k.up', 3, NOW);
    expect(result?.outcomes).toEqual({
      kpi: 'k.up',
      periods: [
        { period: 'September 2026', status: 'critical', belowTarget: true, value: 10, target: 35 },
        { period: 'October 2026', status: 'warning', belowTarget: true, value: 30, target: 35 },
        { period: 'November 2026', status: 'ok', belowTarget: false, value: 50, target: 35 },
      ],
    });
    expect([result?.doc.metadata.id, result?.version]).toEqual(['k.up', 1]);
  });

  it('a month is complete only once it has ended', async () => {
    const before = await kpiOutcomes(deps(utc), 'k.up', 1, Date.parse('2026-11-30T23:59:59Z'));
    expect(before?.outcomes.periods.map((p) => p.period)).toEqual(['October 2026']);
    const atEnd = await kpiOutcomes(deps(utc), 'k.up', 1, Date.parse('2026-12-01T00:00:00Z'));
    expect(atEnd?.outcomes.periods.map((p) => p.period)).toEqual(['November 2026']);
  });

  it('a month without a value is no-data', async () => {
    const result = await kpiOutcomes(deps(utc), 'k.up', 4, NOW);
    expect(result?.outcomes.periods[0]).toEqual({
      period: 'August 2026',
      status: 'no-data',
      belowTarget: false,
      value: null,
      target: 35,
    });
    expect(result?.outcomes.periods.map((p) => p.status)).toEqual(['no-data', 'critical', 'warning', 'ok']);
  });

  it('judges each month by the definition in force at its start', async () => {
    // October by v1 (red flag 20, target 35), November by v2 (red flag 32, target 38): the same 30 twice
    const result = await kpiOutcomes(deps(utc), 'k.changed', 2, NOW);
    expect(result?.outcomes.periods).toEqual([
      { period: 'October 2026', status: 'warning', belowTarget: true, value: 30, target: 35 },
      { period: 'November 2026', status: 'critical', belowTarget: true, value: 30, target: 38 },
    ]);
    expect(result?.version).toBe(2);
    expect(result?.doc.spec.thresholds.redFlag).toBe(32);
  });

  it('judges a lower-is-better KPI: above the red flag is critical, at target is not below it', async () => {
    const result = await kpiOutcomes(deps(utc), 'k.low', 3, NOW);
    expect(result?.outcomes.periods).toEqual([
      { period: 'September 2026', status: 'critical', belowTarget: true, value: 45, target: 25 },
      { period: 'October 2026', status: 'warning', belowTarget: false, value: 25, target: 25 },
      { period: 'November 2026', status: 'ok', belowTarget: false, value: 10, target: 25 },
    ]);
  });

  it('cuts months in the organisation’s zone: 23:30 UTC on 30 November has ended November in Berlin only', async () => {
    const now = Date.parse('2026-11-30T23:30:00Z');
    const inUtc = await kpiOutcomes(deps(utc), 'k.zone', 2, now);
    expect(inUtc?.outcomes.periods).toEqual([
      { period: 'September 2026', status: 'critical', belowTarget: true, value: 10, target: 35 },
      { period: 'October 2026', status: 'ok', belowTarget: false, value: 50, target: 35 },
    ]);
    const inBerlin = await kpiOutcomes(deps(berlin), 'k.zone', 2, now);
    expect(inBerlin?.outcomes.periods).toEqual([
      { period: 'October 2026', status: 'warning', belowTarget: true, value: 30, target: 35 },
      { period: 'November 2026', status: 'ok', belowTarget: false, value: 50, target: 35 },
    ]);
  });

  it('a value below the minimum sample is no-data', async () => {
    // averages: September 20 of 3 answers (critical), October 2 answers (too few), November 50 of 3
    const result = await kpiOutcomes(deps(utc), 'k.csat', 3, NOW);
    expect(result?.outcomes.periods.map((p) => [p.period, p.status, p.value])).toEqual([
      ['September 2026', 'critical', 20],
      ['October 2026', 'no-data', null],
      ['November 2026', 'ok', 50],
    ]);
  });

  it('is null for a KPI without a version', async () => {
    expect(await kpiOutcomes(deps(utc), 'k.ghost', 3, NOW)).toBeNull();
  });
});

describe('outcomeCount', () => {
  const policy = (extra: Record<string, unknown>) =>
    escalationPolicySpec.parse({
      name: 'p',
      select: { kpis: ['k'] },
      when: { status: 'critical', periods: 2, of: 3 },
      levels: [{ receivers: ['hook'] }],
      receivers: [{ name: 'hook', type: 'webhook', url: 'https://example.test/hook' }],
      ...extra,
    });

  it('reads enough periods for both the breach and the recovery window', () => {
    expect(outcomeCount(policy({}))).toBe(3);
    expect(outcomeCount(policy({ recover: { periods: 4, of: 5 } }))).toBe(5);
    expect(
      outcomeCount(policy({ when: { status: 'below-target', periods: 1, of: 6 }, recover: { periods: 1, of: 2 } }))
    ).toBe(6);
  });
});
