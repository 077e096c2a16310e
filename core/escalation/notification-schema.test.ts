import { escalationNotification, idempotencyKey } from './notification-schema';

const body = {
  version: 'scorecard-escalation/v1',
  idempotencyKey: 'esc-7:level-2:escalated',
  escalationId: 'esc-7',
  reason: 'escalated',
  level: 2,
  policy: { id: 'customer-health', version: 3, name: 'Customer health' },
  kpi: { id: 'customer.nps', name: 'NPS', owner: 'cs-lead', unit: 'score', direction: 'higher-is-better' },
  breach: { status: 'below-target', periods: [{ period: '2026-11', value: 40, target: 45, status: 'warning' }] },
  openedAt: '2026-12-01T09:00:00Z',
  links: { kpi: 'https://scorecard.example/kpis/customer.nps', scorecard: 'https://scorecard.example/scorecards/cx' },
};

const messages = (value: unknown): string[] => {
  const result = escalationNotification.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('escalationNotification', () => {
  it('accepts a complete body', () => {
    expect(messages(body)).toEqual([]);
  });

  it('refuses another version and unknown fields, so receivers can rely on the shape', () => {
    expect(messages({ ...body, version: 'scorecard-escalation/v2' })).toHaveLength(1);
    expect(messages({ ...body, extra: true })).toHaveLength(1);
  });

  it('needs the times that go with the reason', () => {
    expect(messages({ ...body, reason: 'acknowledged' })).toEqual([
      'acknowledgedAt: an acknowledged notification needs acknowledgedAt',
    ]);
    expect(messages({ ...body, reason: 'resolved', acknowledgedAt: '2026-12-01T10:00:00Z' })).toEqual([
      'acknowledgedBy: acknowledgedAt and acknowledgedBy go together',
      'resolvedAt: a resolved notification needs resolvedAt',
    ]);
    expect(messages({ ...body, resolvedAt: '2026-12-02T08:00:00Z', resolution: 'recovered' })).toEqual([
      'resolvedAt: reason escalated cannot carry resolvedAt',
      'resolution: reason escalated cannot carry resolution',
    ]);
  });

  it('refuses an acknowledgement or a resolution before the opening, which Alertmanager would refuse too', () => {
    const resolved = { ...body, reason: 'resolved', resolvedAt: '2026-12-01T08:00:00+00:00' };
    expect(messages(resolved)).toEqual([
      'resolvedAt: resolvedAt (2026-12-01T08:00:00+00:00) is before openedAt (2026-12-01T09:00:00Z)',
    ]);
    expect(messages({ ...resolved, resolvedAt: '2026-12-01T10:00:00+01:00' })).toEqual([]);
  });

  it('refuses links that are not http(s), empty breaches and levels below 1', () => {
    expect(messages({ ...body, links: { kpi: 'javascript:alert(1)' } })).toHaveLength(1);
    expect(messages({ ...body, breach: { status: 'critical', periods: [] } })).toHaveLength(1);
    expect(messages({ ...body, level: 0 })).toHaveLength(1);
  });
});

describe('idempotencyKey', () => {
  it('takes visible ASCII only, as it travels in a header', () => {
    expect(idempotencyKey.safeParse('esc-7:level-1:opened').success).toBe(true);
    expect(idempotencyKey.safeParse('esc 7').success).toBe(false);
    expect(idempotencyKey.safeParse('esc-7\r\nX-Evil: 1').success).toBe(false);
    expect(idempotencyKey.safeParse('ésc-7').success).toBe(false);
    expect(idempotencyKey.safeParse('').success).toBe(false);
  });
});
