import { type DeliveryView, type EscalationView } from '../../../core/escalation/api';

/** Hand-written answers of the escalation API for tests; times around 2026-12-02 12:00 UTC. */

export const NOW = Date.parse('2026-12-02T12:00:00Z');

export const anEscalation = (over: Partial<EscalationView> = {}): EscalationView => ({
  id: 'esc-1',
  state: 'open',
  policy: 'nps-critical',
  policyVersion: 2,
  policyName: 'NPS critical',
  kpi: 'customer.nps',
  kpiName: 'Net Promoter Score',
  unit: 'none',
  owner: 'ana',
  openedAt: '2026-12-02T09:00:00Z',
  breach: {
    status: 'critical',
    periods: 3,
    of: 3,
    through: '2026-11',
    detail: [
      { period: '2026-09', status: 'critical', belowTarget: true, value: 12, target: 40 },
      { period: '2026-10', status: 'critical', belowTarget: true, value: 15.5, target: 40 },
      { period: '2026-11', status: 'critical', belowTarget: true, value: 9.125, target: 40 },
    ],
  },
  level: 1,
  notifications: [{ level: 1, sequence: 1, at: '2026-12-02T09:00:05Z', key: 'esc-1:1:1' }],
  deferredUntil: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  acknowledgeNote: null,
  resolvedAt: null,
  resolvedBy: null,
  resolution: null,
  resolveNote: null,
  ...over,
});

export const aDelivery = (over: Partial<DeliveryView> = {}): DeliveryView => ({
  key: 'esc-1:1:1',
  receiver: 'local',
  receiverType: 'webhook',
  reason: 'opened',
  level: 1,
  status: 'delivered',
  attempts: 1,
  createdAt: '2026-12-02T09:00:05Z',
  nextAttemptAt: null,
  deliveredAt: '2026-12-02T09:01:00Z',
  lastError: null,
  ...over,
});
