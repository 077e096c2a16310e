import { deliveryOf, startCaptureServer, T0, type CaptureServer } from './delivery.fixtures';
import { startLocalReceiver } from './local-receiver';
import { sendDelivery } from './send';

// written by hand: the notice of noticeOf() as canonical JSON (keys sorted, no whitespace)
const BODY =
  '{"breach":{"periods":[{"period":"2026-11","status":"critical","target":45,"value":18}],"status":"critical"},' +
  '"escalationId":"esc-7","idempotencyKey":"esc-7:level-1:opened",' +
  '"kpi":{"direction":"higher-is-better","id":"customer.nps","name":"Net Promoter Score","owner":"cs-lead","unit":"score"},' +
  '"level":1,"links":{"kpi":"https://scorecard.example/kpis/customer.nps"},"openedAt":"2026-12-01T09:00:00Z",' +
  '"policy":{"id":"customer-health","name":"Customer health","version":3},"reason":"opened","version":"scorecard-escalation/v1"}';
// printf '1796220000.%s' "$BODY" | openssl dgst -sha256 -hmac whsec_local
const SIGNATURE = 'sha256=91675d4b0729d74f885bea9bd6a282e49c20569356d7118619c031a40504b576';

const ok = () => ({ status: 200 });

describe('sendDelivery', () => {
  const servers: CaptureServer[] = [];
  const capture = async (...args: Parameters<typeof startCaptureServer>) => {
    const server = await startCaptureServer(...args);
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('POSTs a signed webhook: canonical body, idempotency key, unix-seconds timestamp, HMAC of both', async () => {
    const server = await capture(ok);
    const receiver = {
      name: 'ops',
      type: 'webhook' as const,
      url: `${server.url}/hooks/scorecard`,
      secretEnv: 'OPS_SECRET',
    };
    const outcome = await sendDelivery(deliveryOf(receiver), { now: T0, env: { OPS_SECRET: 'whsec_local' } });
    expect(outcome).toEqual({ kind: 'response', status: 200, retryAfter: null });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/hooks/scorecard');
    expect(request?.body).toBe(BODY);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe('esc-7:level-1:opened');
    expect(request?.headers['x-scorecard-timestamp']).toBe('1796220000');
    expect(request?.headers['x-scorecard-signature']).toBe(SIGNATURE);
  });

  it('sends no signature when the receiver names no secretEnv', async () => {
    const server = await capture(ok);
    await sendDelivery(deliveryOf({ name: 'ops', type: 'webhook', url: server.url }), { now: T0, env: {} });
    expect(server.requests[0]?.body).toBe(BODY);
    expect(server.requests[0]?.headers['x-scorecard-signature']).toBeUndefined();
  });

  it('is accepted by the local receiver holding the same secret', async () => {
    const local = await startLocalReceiver({ secret: 'whsec_local', now: () => T0 + 5_000 });
    try {
      const receiver = { name: 'ops', type: 'webhook' as const, url: local.url, secretEnv: 'OPS_SECRET' };
      const outcome = await sendDelivery(deliveryOf(receiver), { now: T0, env: { OPS_SECRET: 'whsec_local' } });
      expect(outcome).toEqual({ kind: 'response', status: 200, retryAfter: null });
      expect(local.received.map((r) => [r.kind, r.idempotencyKey, r.signatureVerified])).toEqual([
        ['webhook', 'esc-7:level-1:opened', true],
      ]);
    } finally {
      await local.close();
    }
  });

  it('POSTs Alertmanager alerts to <url>/api/v2/alerts, without doubling a trailing slash', async () => {
    const server = await capture(ok);
    const outcome = await sendDelivery(deliveryOf({ name: 'am', type: 'alertmanager', url: `${server.url}/am/` }), {
      now: T0,
      env: {},
    });
    expect(outcome).toEqual({ kind: 'response', status: 200, retryAfter: null });
    expect(server.requests[0]?.path).toBe('/am/api/v2/alerts');
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual([
      {
        labels: {
          alertname: 'ScorecardEscalation',
          escalation: 'esc-7',
          kpi: 'customer.nps',
          policy: 'customer-health',
          owner: 'cs-lead',
          severity: 'critical',
          level: '1',
        },
        annotations: {
          summary: 'Net Promoter Score is critical (escalation level 1)',
          description:
            'Net Promoter Score (customer.nps, owner cs-lead) under policy Customer health. 2026-11: 18 score (target 45, critical).',
          reason: 'opened',
          kpi_url: 'https://scorecard.example/kpis/customer.nps',
          policy_version: '3',
        },
        startsAt: '2026-12-01T09:00:00Z',
        endsAt: '2027-12-01T09:00:00.000Z',
        generatorURL: 'https://scorecard.example/kpis/customer.nps',
      },
    ]);
  });

  it('reports the status and Retry-After of a refusal', async () => {
    const server = await capture(() => ({ status: 429, headers: { 'Retry-After': '120' } }));
    const outcome = await sendDelivery(deliveryOf({ name: 'ops', type: 'webhook', url: server.url }), {
      now: T0,
      env: {},
    });
    expect(outcome).toEqual({ kind: 'response', status: 429, retryAfter: '120' });
  });

  it.each([
    ['missing', {}],
    ['empty', { OPS_SECRET: '' }],
  ])('sends nothing and names the variable when the secret is %s', async (_case, env) => {
    const server = await capture(ok);
    const receiver = { name: 'ops', type: 'webhook' as const, url: server.url, secretEnv: 'OPS_SECRET' };
    expect(await sendDelivery(deliveryOf(receiver), { now: T0, env })).toEqual({
      kind: 'network',
      message:
        'the environment variable OPS_SECRET (secretEnv of webhook receiver ops) is not set or empty, so the notice cannot be signed',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const server = await capture(() => 'hang');
    const outcome = await sendDelivery(deliveryOf({ name: 'ops', type: 'webhook', url: server.url }), {
      now: T0,
      env: {},
      timeoutMs: 200,
    });
    expect(outcome).toEqual({ kind: 'network', message: 'timed out after 0.2 s' });
  });

  it('waits 10 s by default and says so when that runs out', async () => {
    const signalled: boolean[] = [];
    const fakeFetch: typeof fetch = (_url, init) => {
      signalled.push(init?.signal?.aborted === false);
      return Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    };
    const outcome = await sendDelivery(deliveryOf({ name: 'ops', type: 'webhook', url: 'http://ops.example/' }), {
      now: T0,
      env: {},
      fetch: fakeFetch,
    });
    expect(signalled).toEqual([true]);
    expect(outcome).toEqual({ kind: 'network', message: 'timed out after 10 s' });
  });

  it('reports a refused connection with its cause', async () => {
    const server = await capture(ok);
    const url = server.url;
    await server.close();
    servers.splice(0);
    const outcome = await sendDelivery(deliveryOf({ name: 'ops', type: 'webhook', url }), { now: T0, env: {} });
    expect(outcome.kind).toBe('network');
    expect(outcome.kind === 'network' ? outcome.message : '').toMatch(
      /^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/
    );
  });
});
