import { type ResourceDocument } from '../../core/schema';
import { putApproved } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { type StorePlace } from '../store/store-contract';
import { STORE_PLACES } from '../test-support/places';
import { createValues, type Values } from '../values/create-values';
import { createEscalations, type Escalations } from './create-escalations';
import { startLocalReceiver, type LocalReceiver } from './local-receiver';
import { dailyHealthKpi } from './testing';

const at = (iso: string) => Date.parse(iso);

const health = (id: string) => dailyHealthKpi(id, 'Customer health');

const policyDoc = (id: string, kpi: string, team: string, lead: string, over: Record<string, unknown> = {}) =>
  ({
    apiVersion: 'scorecard/v1',
    kind: 'EscalationPolicy',
    metadata: { id },
    spec: {
      name: 'Customer health watch',
      select: { kpis: [kpi] },
      when: { status: 'critical', periods: 2, of: 3 },
      recover: { periods: 2, of: 2 },
      levels: [{ receivers: ['team'] }, { wait: '30m', receivers: ['lead'] }],
      receivers: [
        { name: 'team', type: 'webhook', url: team },
        { name: 'lead', type: 'alertmanager', url: lead },
      ],
      ...over,
    },
  }) as ResourceDocument;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;

/** Each notice as "reason Llevel"; an Alertmanager post as "alerts reason" (of its first alert). */
const seen = (r: LocalReceiver) =>
  r.received.map((n) => {
    if (n.kind === 'webhook') {
      return `${String(field(n.body, 'reason'))} L${String(field(n.body, 'level'))}`;
    }
    const first: unknown = Array.isArray(n.body) ? n.body[0] : undefined;
    return `alerts ${String(field(field(first, 'annotations'), 'reason'))}`;
  });

describe.each(STORE_PLACES)('escalations end to end on %s (fake clock)', (_kind, newPlace) => {
  let place: StorePlace;
  let store: Store;
  let registry: Registry;
  let values: Values;
  let team: LocalReceiver;
  let lead: LocalReceiver;
  let now = 0;
  let esc: Escalations;

  const checkIn = (kpi: string, entries: Array<[string, number]>) =>
    values.checkIns.add(
      entries.map(([day, value]) => ({ kpi, time: at(`${day}T12:00:00Z`), value, note: '', author: 'x' }))
    );

  async function step(iso: string) {
    now = at(iso);
    values.engine.invalidateAll();
    const summary = await esc.service.evaluate();
    // deliveries are tried after the evaluation committed them, as the worker would
    await esc.worker.tick();
    return summary;
  }

  beforeEach(async () => {
    place = await newPlace();
    store = await place.open();
    registry = await createRegistry(store, { timeZone: 'UTC' });
    values = createValues(store, registry, 'UTC');
    team = await startLocalReceiver({ now: () => now });
    lead = await startLocalReceiver({ now: () => now });
    esc = createEscalations({
      store,
      registry,
      engine: values.engine,
      timeZone: 'UTC',
      now: () => now,
      random: () => 0.5,
      grafanaUrl: 'https://grafana.example',
    });
  });

  afterEach(async () => {
    await esc.stop();
    await team.close();
    await lead.close();
    await values.close();
    await store.close();
    await place.dispose?.();
  });

  it('opens on 2 of 3 critical days, escalates after the wait, stops at the acknowledgement and resolves on 2 good days', async () => {
    await putApproved(registry, health('cs.health'));
    await putApproved(registry, policyDoc('watch', 'cs.health', team.url, lead.url));
    await checkIn('cs.health', [
      ['2026-11-28', 50],
      ['2026-11-29', 10],
      ['2026-11-30', 10],
    ]);

    const first = await step('2026-12-01T09:00:00Z');
    expect(first.opened).toHaveLength(1);
    const [id] = first.opened;
    expect(seen(team)).toEqual(['opened L1']);
    expect(seen(lead)).toEqual([]);
    const opened = team.received[0]?.body as Record<string, unknown>;
    expect(opened).toMatchObject({
      escalationId: id,
      kpi: { id: 'cs.health', name: 'Customer health', owner: 'dana' },
      breach: {
        status: 'critical',
        periods: [
          { period: '29 Nov 2026', value: 10, target: 35, status: 'critical' },
          { period: '30 Nov 2026', value: 10, target: 35, status: 'critical' },
        ],
      },
      links: { kpi: 'https://grafana.example/a/scorecard-suite-app/catalog/cs.health' },
    });

    await step('2026-12-01T09:29:00Z');
    expect(seen(team)).toEqual(['opened L1']);
    expect(seen(lead)).toEqual([]);

    await step('2026-12-01T09:30:00Z');
    expect(seen(lead)).toEqual(['alerts escalated']);
    const alerts = lead.received[0]?.body as Array<{ labels: Record<string, string> }>;
    expect(alerts.map((a) => a.labels.level)).toEqual(['1', '2']);

    now = at('2026-12-01T09:40:00Z');
    const acked = await esc.service.acknowledge(String(id), { name: 'carol', role: 'editor' }, 'calling the account');
    expect(acked).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'carol', level: 2 });
    await esc.worker.tick();
    expect(seen(team)).toEqual(['opened L1', 'acknowledged L2']);
    expect(seen(lead)).toEqual(['alerts escalated', 'alerts acknowledged']);

    // one good day is not the 2 of 2 recovery; acknowledged, so nobody is re-notified
    await checkIn('cs.health', [['2026-12-01', 50]]);
    const mid = await step('2026-12-02T09:00:00Z');
    expect(mid).toMatchObject({ opened: [], notified: [], resolved: [] });

    await checkIn('cs.health', [['2026-12-02', 45]]);
    const last = await step('2026-12-03T09:00:00Z');
    expect(last.resolved).toEqual([id]);
    expect(seen(team)).toEqual(['opened L1', 'acknowledged L2', 'resolved L2']);
    expect(seen(lead)).toEqual(['alerts escalated', 'alerts acknowledged', 'alerts resolved']);
    expect(team.received.every((n) => !n.duplicate)).toBe(true);

    const view = await esc.service.get(String(id));
    expect(view).toMatchObject({ state: 'resolved', resolution: 'recovered', acknowledgeNote: 'calling the account' });
    expect(view.deliveries?.map((d) => [d.reason, d.receiver, d.status])).toEqual([
      ['opened', 'team', 'delivered'],
      ['escalated', 'lead', 'delivered'],
      ['acknowledged', 'lead', 'delivered'],
      ['acknowledged', 'team', 'delivered'],
      ['resolved', 'lead', 'delivered'],
      ['resolved', 'team', 'delivered'],
    ]);

    // the same days again open nothing new
    expect(await step('2026-12-03T10:00:00Z')).toMatchObject({ opened: [], notified: [], resolved: [] });
  });

  it('holds the first notice in quiet hours (Europe/Berlin) and sends it when they end', async () => {
    await putApproved(registry, health('cs.quiet'));
    const quiet = { quietHours: { from: '22:00', to: '07:00', timeZone: 'Europe/Berlin' } };
    await putApproved(registry, policyDoc('quiet', 'cs.quiet', team.url, lead.url, quiet));
    await checkIn('cs.quiet', [
      ['2026-11-28', 10],
      ['2026-11-29', 10],
    ]);
    // 23:30 in Berlin (CET, UTC+1)
    const held = await step('2026-11-30T22:30:00Z');
    expect(held.opened).toHaveLength(1);
    expect(held.deferred).toEqual(held.opened);
    expect(seen(team)).toEqual([]);
    const view = await esc.service.get(String(held.opened[0]));
    expect(view.deferredUntil).toBe('2026-12-01T06:00:00.000Z');
    expect(await esc.service.nextDue()).toBe(at('2026-12-01T06:00:00Z'));

    await step('2026-12-01T05:59:00Z');
    expect(seen(team)).toEqual([]);
    await step('2026-12-01T06:00:00Z');
    expect(seen(team)).toEqual(['opened L1']);
  });

  it('retries a failing receiver with backoff and never evaluates twice into two notices', async () => {
    await team.close();
    team = await startLocalReceiver({ now: () => now, failFirst: 2 });
    await putApproved(registry, health('cs.flaky'));
    await putApproved(registry, policyDoc('flaky', 'cs.flaky', team.url, lead.url));
    await checkIn('cs.flaky', [
      ['2026-11-29', 10],
      ['2026-11-30', 10],
    ]);
    const first = await step('2026-12-01T09:00:00Z');
    const id = String(first.opened[0]);
    expect(seen(team)).toEqual([]);
    let d = (await esc.service.get(id)).deliveries?.[0];
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastError: 'the receiver answered 503' });
    // jitter 0.5 of the 1 s cap
    expect(d?.nextAttemptAt).toBe('2026-12-01T09:00:00.500Z');

    await step('2026-12-01T09:00:00.400Z');
    expect((await esc.service.get(id)).deliveries?.[0]?.attempts).toBe(1);
    await step('2026-12-01T09:00:00.500Z');
    d = (await esc.service.get(id)).deliveries?.[0];
    expect(d).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: '2026-12-01T09:00:01.500Z' });
    await step('2026-12-01T09:00:01.500Z');
    expect(seen(team)).toEqual(['opened L1']);
    expect((await esc.service.get(id)).deliveries?.[0]).toMatchObject({ status: 'delivered', attempts: 3 });
  });

  it('resolves by hand with a note, and reopens only on a breach through a newer day', async () => {
    await putApproved(registry, health('cs.manual'));
    await putApproved(registry, policyDoc('manual', 'cs.manual', team.url, lead.url));
    await checkIn('cs.manual', [
      ['2026-11-29', 10],
      ['2026-11-30', 10],
    ]);
    const first = await step('2026-12-01T09:00:00Z');
    const id = String(first.opened[0]);
    now = at('2026-12-01T09:05:00Z');
    const resolved = await esc.service.resolve(id, { name: 'carol', role: 'editor' }, 'data feed was broken');
    expect(resolved).toMatchObject({ state: 'resolved', resolution: 'manual', resolvedBy: 'carol' });
    await esc.worker.tick();
    expect(seen(team)).toEqual(['opened L1', 'resolved L1']);
    expect((team.received[1]?.body as Record<string, unknown>).note).toBe('data feed was broken');

    expect(await step('2026-12-01T10:00:00Z')).toMatchObject({ opened: [] });
    await checkIn('cs.manual', [['2026-12-01', 5]]);
    const again = await step('2026-12-02T09:00:00Z');
    expect(again.opened).toHaveLength(1);
    expect(again.opened[0]).not.toBe(id);
    await expect(esc.service.resolve(id, { name: 'carol', role: 'editor' }, 'again')).rejects.toThrow(
      /already resolved \(manual\)/
    );
  });
});
