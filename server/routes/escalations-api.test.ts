import { startLocalReceiver, type LocalReceiver } from '../escalation/local-receiver';
import { dailyHealthKpi, daysBack, webhookPolicy } from '../escalation/testing';
import { useApiOn } from '../test-support/api';
import { STORE_PLACES } from '../test-support/places';

const kpi = dailyHealthKpi('e.health');
const policy = (url: string) => webhookPolicy('health-watch', 'Health watch', 'e.health', url, { periods: 2, of: 3 });

describe.each(STORE_PLACES)('/api/v1/escalations on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace, { values: { timeZone: 'UTC' } });
  let receiver: LocalReceiver;
  let id = '';

  beforeAll(async () => {
    receiver = await startLocalReceiver();
    const applied = await env.api.call('POST', '/api/v1/apply', {
      body: { documents: [kpi, policy(receiver.url)], approve: true },
    });
    expect(applied.statusCode).toBe(200);
    const values = await env.api.call('POST', '/api/v1/kpis/e.health/values', {
      as: 'editor',
      body: {
        values: [
          { time: daysBack(2), value: 10 },
          { time: daysBack(1), value: 12 },
        ],
      },
    });
    expect(values.statusCode).toBe(201);
  });
  afterAll(() => receiver.close());

  it('evaluates on POST for an editor, not for a viewer, and lists what opened', async () => {
    expect((await env.api.call('POST', '/api/v1/escalations', { as: 'viewer' })).statusCode).toBe(403);
    const res = await env.api.call('POST', '/api/v1/escalations', { as: 'editor' });
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ policies: 1, errors: [] });
    expect(summary.opened).toHaveLength(1);
    id = summary.opened[0];

    const list = await env.api.call('GET', '/api/v1/escalations?state=open', { as: 'viewer' });
    expect(list.statusCode).toBe(200);
    expect(list.json().escalations).toEqual([
      expect.objectContaining({
        id,
        state: 'open',
        kpi: 'e.health',
        kpiName: 'Account health',
        owner: 'dana',
        policy: 'health-watch',
        policyName: 'Health watch',
        level: 1,
        breach: expect.objectContaining({ status: 'critical', periods: 2, of: 3 }),
      }),
    ]);
    expect((await env.api.call('GET', '/api/v1/escalations?state=resolved', { as: 'viewer' })).json()).toEqual({
      escalations: [],
    });
    // the same days evaluated again open nothing
    expect((await env.api.call('POST', '/api/v1/escalations', { as: 'editor' })).json().opened).toEqual([]);
  });

  it('acknowledges once with the caller as who, and refuses a second acknowledgement with 409', async () => {
    const ack = await env.api.call('POST', `/api/v1/escalations/${id}/ack`, {
      as: 'editor',
      user: 'carol',
      body: { note: 'on it' },
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'carol', acknowledgeNote: 'on it' });
    const again = await env.api.call('POST', `/api/v1/escalations/${id}/ack`, { as: 'editor', user: 'dave', body: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already acknowledged by carol/);
  });

  it('resolves only with a note, then shows the deliveries', async () => {
    const bare = await env.api.call('POST', `/api/v1/escalations/${id}/resolve`, { as: 'editor', body: { note: ' ' } });
    expect(bare.statusCode).toBe(400);
    expect(JSON.stringify(bare.json())).toMatch(/say why it is resolved/);
    const viewer = await env.api.call('POST', `/api/v1/escalations/${id}/resolve`, {
      as: 'viewer',
      body: { note: 'fixed' },
    });
    expect(viewer.statusCode).toBe(403);
    const done = await env.api.call('POST', `/api/v1/escalations/${id}/resolve`, {
      as: 'editor',
      user: 'carol',
      body: { note: 'the account renewed' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      state: 'resolved',
      resolution: 'manual',
      resolvedBy: 'carol',
      resolveNote: 'the account renewed',
    });
    const detail = (await env.api.call('GET', `/api/v1/escalations/${id}`, { as: 'viewer' })).json();
    expect(detail.deliveries.map((d: { reason: string; receiver: string }) => [d.reason, d.receiver])).toEqual([
      ['opened', 'team'],
      ['acknowledged', 'team'],
      ['resolved', 'team'],
    ]);
    const twice = await env.api.call('POST', `/api/v1/escalations/${id}/resolve`, {
      as: 'editor',
      body: { note: 'again' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('answers 404 for an unknown escalation and 400 for an unknown state', async () => {
    const missing = await env.api.call('GET', '/api/v1/escalations/esc-nope', { as: 'viewer' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('escalation esc-nope does not exist');
    const bad = await env.api.call('GET', '/api/v1/escalations?state=closed', { as: 'viewer' });
    expect(bad.statusCode).toBe(400);
  });
});
