import type { DeliveryView, EscalationView } from '../../core/escalation/api';
import type { Delivery, StoredEscalation } from './types';

const iso = (ms: number | undefined | null) => (ms === undefined || ms === null ? null : new Date(ms).toISOString());

interface NameSource {
  kpi(id: string): Promise<string>;
  unit(id: string): Promise<string>;
  policy(id: string, version: number): Promise<string>;
}

export function stateOf(e: StoredEscalation): EscalationView['state'] {
  return e.resolvedAt !== undefined ? 'resolved' : e.acknowledgedAt !== undefined ? 'acknowledged' : 'open';
}

function deliveryView(d: Delivery): DeliveryView {
  return {
    key: d.key,
    receiver: d.receiver.name,
    receiverType: d.receiver.type,
    reason: d.reason,
    level: d.level,
    status: d.status,
    attempts: d.attempts,
    createdAt: new Date(d.createdAt).toISOString(),
    nextAttemptAt: d.status === 'pending' ? iso(d.nextAt) : null,
    deliveredAt: iso(d.deliveredAt),
    lastError: d.lastError,
  };
}

/** The API's view of a stored escalation, with its deliveries when given. */
export async function viewOf(
  e: StoredEscalation,
  names: NameSource,
  deliveries?: readonly Delivery[]
): Promise<EscalationView> {
  const [kpiName, unit, policyName] = await Promise.all([
    names.kpi(e.kpi),
    names.unit(e.kpi),
    names.policy(e.policy, e.policyVersion),
  ]);
  return {
    id: e.id,
    state: stateOf(e),
    policy: e.policy,
    policyVersion: e.policyVersion,
    policyName,
    kpi: e.kpi,
    kpiName: kpiName || e.kpi,
    unit,
    owner: e.owner,
    openedAt: new Date(e.openedAt).toISOString(),
    breach: {
      status: e.breach.condition.status,
      periods: e.breach.condition.periods,
      of: e.breach.condition.of,
      through: e.breach.through,
      detail: e.breach.periods.map((p) => ({
        period: p.period,
        status: p.status,
        belowTarget: p.belowTarget,
        ...(p.value === undefined ? {} : { value: p.value }),
        ...(p.target === undefined ? {} : { target: p.target }),
      })),
    },
    level: e.level,
    notifications: e.notifications.map((n) => ({
      level: n.level,
      sequence: n.sequence,
      at: new Date(n.at).toISOString(),
      key: n.key,
    })),
    deferredUntil: iso(e.deferred?.until),
    acknowledgedAt: iso(e.acknowledgedAt),
    acknowledgedBy: e.acknowledgedBy ?? null,
    acknowledgeNote: e.acknowledgeNote ?? null,
    resolvedAt: iso(e.resolvedAt),
    resolvedBy: e.resolvedBy ?? null,
    resolution: e.resolution?.reason ?? null,
    resolveNote: e.resolveNote ?? null,
    ...(deliveries === undefined ? {} : { deliveries: deliveries.map(deliveryView) }),
  };
}
