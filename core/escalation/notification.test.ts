import { createHmac } from 'node:crypto';
import { alertmanagerAlerts, signatureOf, verifySignature, webhookRequest, type HmacSha256Hex } from './notification';
import { type EscalationNotice } from './notification-schema';

const hmac: HmacSha256Hex = (key, message) => createHmac('sha256', key).update(message).digest('hex');

const opened: EscalationNotice = {
  idempotencyKey: 'esc-7:level-1:opened',
  escalationId: 'esc-7',
  reason: 'opened',
  level: 1,
  policy: { id: 'customer-health', version: 3, name: 'Customer health' },
  kpi: {
    id: 'customer.nps',
    name: 'Net Promoter Score',
    owner: 'head-of-customer-success',
    unit: 'score',
    direction: 'higher-is-better',
  },
  breach: {
    status: 'critical',
    periods: [
      { period: '2026-10', value: 18, target: 45, status: 'critical' },
      { period: '2026-11', value: null, target: 45, status: 'no-data' },
    ],
  },
  openedAt: '2026-12-01T09:00:00Z',
  links: { kpi: 'https://scorecard.example/kpis/customer.nps' },
};

// written by hand: keys sorted at every depth, no whitespace
const OPENED_BODY =
  '{"breach":{"periods":[{"period":"2026-10","status":"critical","target":45,"value":18},' +
  '{"period":"2026-11","status":"no-data","target":45,"value":null}],"status":"critical"},' +
  '"escalationId":"esc-7","idempotencyKey":"esc-7:level-1:opened",' +
  '"kpi":{"direction":"higher-is-better","id":"customer.nps","name":"Net Promoter Score",' +
  '"owner":"head-of-customer-success","unit":"score"},"level":1,' +
  '"links":{"kpi":"https://scorecard.example/kpis/customer.nps"},"openedAt":"2026-12-01T09:00:00Z",' +
  '"policy":{"id":"customer-health","name":"Customer health","version":3},"reason":"opened",' +
  '"version":"scorecard-escalation/v1"}';

// 2026-12-02T14:00:00.999Z
const NOW = 1_796_220_000_999;
// printf '1796220000.%s' "$OPENED_BODY" | openssl dgst -sha256 -hmac whsec_test
const OPENED_SIGNATURE = 'sha256=776842ad3589189b05e373e1bbf2c4f5df944dee87d08b801c1dad127e520611';

describe('webhookRequest', () => {
  it('writes the body as canonical JSON with the version, whatever the key order of the notice', () => {
    const shuffled = Object.fromEntries(Object.entries(opened).reverse()) as EscalationNotice;
    expect(webhookRequest(shuffled, { now: NOW }).body).toBe(OPENED_BODY);
  });

  it('sends the idempotency key and the timestamp in unix seconds, and no signature without a secret', () => {
    expect(webhookRequest(opened, { now: NOW }).headers).toEqual({
      'Content-Type': 'application/json',
      'Idempotency-Key': 'esc-7:level-1:opened',
      'X-Scorecard-Timestamp': '1796220000',
    });
  });

  it('signs "<timestamp>.<body>" with HMAC-SHA256 when given a secret', () => {
    const { headers } = webhookRequest(opened, { now: NOW, secret: 'whsec_test', hmac });
    expect(headers['X-Scorecard-Signature']).toBe(OPENED_SIGNATURE);
  });

  it('refuses to sign with an empty secret', () => {
    expect(() => webhookRequest(opened, { now: NOW, secret: '', hmac })).toThrow('the webhook secret is empty');
  });

  it('refuses a notice whose reason disagrees with its times', () => {
    expect(() => webhookRequest({ ...opened, reason: 'resolved' }, { now: NOW })).toThrow('needs resolvedAt');
    const ackedRenotify = {
      ...opened,
      reason: 'renotify' as const,
      acknowledgedAt: '2026-12-01T10:00:00Z',
      acknowledgedBy: 'carol',
    };
    expect(() => webhookRequest(ackedRenotify, { now: NOW })).toThrow('only before an acknowledgement');
  });
});

describe('signatureOf', () => {
  it('matches an HMAC computed by openssl', () => {
    // printf '1796220000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    expect(signatureOf(hmac, 'whsec_test', '1796220000', '{"a":1}')).toBe(
      'sha256=5dd29a2898b09b37f1db79e539aaa51dfaadde6828cbba7c2d4032625910a979'
    );
  });
});

describe('verifySignature', () => {
  const options = { secret: 'whsec_test', hmac, now: NOW };
  const delivery = { body: OPENED_BODY, timestamp: '1796220000', signature: OPENED_SIGNATURE };

  it('accepts the signed delivery, upper-case hex too', () => {
    expect(verifySignature(delivery, options)).toEqual({ ok: true });
    const upper = `sha256=${OPENED_SIGNATURE.slice(7).toUpperCase()}`;
    expect(verifySignature({ ...delivery, signature: upper }, options)).toEqual({ ok: true });
  });

  it('rejects a changed body, another secret or another timestamp', () => {
    expect(verifySignature({ ...delivery, body: OPENED_BODY.replace('"level":1', '"level":2') }, options)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifySignature(delivery, { ...options, secret: 'whsec_other' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature({ ...delivery, timestamp: '1796220001' }, options)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('rejects a timestamp beyond the allowed clock skew either way', () => {
    expect(verifySignature(delivery, { ...options, now: NOW + 299_000 })).toEqual({ ok: true });
    expect(verifySignature(delivery, { ...options, now: 1_796_220_301_000 })).toEqual({ ok: false, reason: 'stale' });
    expect(verifySignature(delivery, { ...options, now: 1_796_219_989_000, maxSkewSeconds: 10 })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('tells missing headers from malformed ones', () => {
    expect(verifySignature({ ...delivery, signature: undefined }, options)).toEqual({ ok: false, reason: 'missing' });
    expect(verifySignature({ ...delivery, signature: OPENED_SIGNATURE.slice(7) }, options)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifySignature({ ...delivery, timestamp: '1796220000.5' }, options)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});

describe('alertmanagerAlerts', () => {
  const level1Labels = {
    alertname: 'ScorecardEscalation',
    escalation: 'esc-7',
    kpi: 'customer.nps',
    policy: 'customer-health',
    owner: 'head-of-customer-success',
    severity: 'critical',
    level: '1',
  };

  it('maps an opened escalation to one firing postableAlert that ends a year after it opened', () => {
    expect(alertmanagerAlerts(opened)).toEqual([
      {
        labels: level1Labels,
        annotations: {
          summary: 'Net Promoter Score is critical (escalation level 1)',
          description:
            'Net Promoter Score (customer.nps, owner head-of-customer-success) under policy Customer health. ' +
            '2026-10: 18 score (target 45, critical); 2026-11: no data (target 45, no-data).',
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

  it('keeps the labels of a re-notification identical, so Alertmanager deduplicates it', () => {
    const renotify = {
      ...opened,
      idempotencyKey: 'esc-7:level-1:renotify-1',
      reason: 'renotify' as const,
      policy: { ...opened.policy, version: 4 },
      breach: {
        ...opened.breach,
        periods: [{ period: '2026-11', value: 17, target: 45, status: 'critical' as const }],
      },
    };
    expect(alertmanagerAlerts(renotify).map((a) => a.labels)).toEqual([level1Labels]);
  });

  it('adds an alert per level reached, the lower ones keeping their labels', () => {
    const escalated = { ...opened, idempotencyKey: 'esc-7:level-2:escalated', reason: 'escalated' as const, level: 2 };
    expect(alertmanagerAlerts(escalated).map((a) => a.labels)).toEqual([level1Labels, { ...level1Labels, level: '2' }]);
  });

  it('ends every level at resolvedAt on resolve, with the acknowledgement in the annotations', () => {
    const resolved = {
      ...opened,
      idempotencyKey: 'esc-7:resolved',
      reason: 'resolved' as const,
      level: 2,
      acknowledgedAt: '2026-12-01T10:00:00Z',
      acknowledgedBy: 'carol',
      resolvedAt: '2026-12-02T08:30:00Z',
      resolution: 'manual' as const,
      resolvedBy: 'dave',
      note: 'campaign fixed',
    };
    const alerts = alertmanagerAlerts(resolved);
    expect(alerts.map((a) => [a.labels.level, a.startsAt, a.endsAt])).toEqual([
      ['1', '2026-12-01T09:00:00Z', '2026-12-02T08:30:00Z'],
      ['2', '2026-12-01T09:00:00Z', '2026-12-02T08:30:00Z'],
    ]);
    expect(alerts[0]?.annotations).toMatchObject({
      summary: 'Net Promoter Score recovered',
      reason: 'resolved',
      acknowledged_by: 'carol',
      acknowledged_at: '2026-12-01T10:00:00Z',
      resolution: 'manual',
      resolved_by: 'dave',
      note: 'campaign fixed',
    });
  });

  it('labels a below-target breach as a warning and keeps it firing once acknowledged', () => {
    const acked = {
      ...opened,
      idempotencyKey: 'esc-7:acknowledged',
      reason: 'acknowledged' as const,
      breach: { ...opened.breach, status: 'below-target' as const },
      acknowledgedAt: '2026-12-01T10:00:00Z',
      acknowledgedBy: 'carol',
    };
    const [alert] = alertmanagerAlerts(acked);
    expect(alert?.labels.severity).toBe('warning');
    expect(alert?.endsAt).toBe('2027-12-01T09:00:00.000Z');
    expect(alert?.annotations.summary).toBe('Net Promoter Score is below target, acknowledged by carol');
  });
});
