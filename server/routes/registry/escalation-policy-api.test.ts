import { useApiOn } from '../../test-support/api';
import { kpiDoc } from '../../test-support/documents';
import { STORE_PLACES } from '../../test-support/places';

const policy = (id: string, kpis: string[], over: Record<string, unknown> = {}) => ({
  apiVersion: 'scorecard/v1',
  kind: 'EscalationPolicy',
  metadata: { id },
  spec: {
    name: 'Customer health',
    select: { kpis },
    when: { status: 'critical', periods: 2, of: 3 },
    levels: [{ receivers: ['cs-lead'] }, { wait: '4h', receivers: ['vp'] }],
    receivers: [
      { name: 'cs-lead', type: 'webhook', url: 'http://127.0.0.1:9/hook' },
      { name: 'vp', type: 'alertmanager', url: 'http://127.0.0.1:9093' },
    ],
    ...over,
  },
});

describe.each(STORE_PLACES)('EscalationPolicy as a registry kind on %s', (_kind, newPlace) => {
  const env = useApiOn(newPlace);

  it('is applied, versioned, approved and diffed like the other kinds', async () => {
    const applied = await env.api.call('POST', '/api/v1/apply', {
      body: { documents: [kpiDoc('q.health'), policy('cs.health', ['q.health'])], approve: true },
    });
    expect(applied.statusCode).toBe(200);
    const read = await env.api.call('GET', '/api/v1/escalation-policies/cs.health', { as: 'viewer' });
    expect(read.statusCode).toBe(200);
    expect(read.json().document.spec.when).toEqual({ status: 'critical', periods: 2, of: 3 });

    const slower = policy('cs.health', ['q.health'], { when: { status: 'critical', periods: 3, of: 3 } });
    const put = await env.api.call('PUT', '/api/v1/escalation-policies/cs.health', { as: 'editor', body: slower });
    expect(put.statusCode).toBe(201);
    expect(put.json().version).toMatchObject({ version: 2, parent: 1, state: 'proposed' });
    const diff = await env.api.call('GET', '/api/v1/escalation-policies/cs.health/diff?from=1&to=2', { as: 'viewer' });
    expect(diff.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'spec.when.periods', op: 'changed', from: 2, to: 3 })])
    );
  });

  it('refuses a KPI it does not know and a level naming no receiver, with their paths', async () => {
    const unknown = await env.api.call('POST', '/api/v1/apply?dryRun=true', {
      body: { documents: [policy('cs.other', ['q.nowhere'])] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'invalid',
      path: 'body.documents[0].spec.select.kpis[0]',
      message: 'invalid reference: body.documents[0].spec.select.kpis[0]: unknown KPI "q.nowhere"',
    });

    const noReceiver = policy('cs.third', ['q.health'], { levels: [{ receivers: ['nobody'] }] });
    const res = await env.api.call('PUT', '/api/v1/escalation-policies/cs.third', { as: 'editor', body: noReceiver });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.path).toMatch(/^body\.spec\.levels\[0\]\.receivers\[0\]$/);
    expect(res.json().error.message).toContain('"nobody"');
  });
});
