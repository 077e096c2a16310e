import type { EscalationAction } from '../../core/escalation';
import { stableHash } from '../../core/escalation/hash';
import type { EscalationPolicySpec, EscalationReceiver } from '../../core/escalation/policy';
import type { EscalationNotice, EscalationReason } from '../../core/escalation/notification-schema';
import type { KpiDocument } from '../../core/schema';
import type { Delivery, StoredEscalation } from './types';

export interface NoticeContext {
  policy: { id: string; version: number; spec: EscalationPolicySpec };
  kpi: KpiDocument;
  /** Grafana's base URL, for the links in each notice. */
  grafanaUrl: string;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** What a receiver is told about the escalation now, for `reason` at `level`. */
export function noticeOf(
  e: StoredEscalation,
  reason: EscalationReason,
  level: number,
  key: string,
  ctx: NoticeContext
): EscalationNotice {
  const { spec } = ctx.kpi;
  const base = ctx.grafanaUrl.replace(/\/+$/, '');
  const closing = reason === 'resolved';
  return defined({
    idempotencyKey: key,
    escalationId: e.id,
    reason,
    level: Math.max(1, level),
    policy: { id: ctx.policy.id, version: ctx.policy.version, name: ctx.policy.spec.name },
    kpi: { id: ctx.kpi.metadata.id, name: spec.name, owner: spec.owner, unit: spec.unit, direction: spec.direction },
    breach: {
      status: e.breach.condition.status,
      periods: e.breach.periods.map((p) => ({
        period: p.period,
        value: p.value ?? null,
        target: p.target ?? spec.target,
        status: p.status,
      })),
    },
    openedAt: new Date(e.openedAt).toISOString(),
    acknowledgedAt: reason === 'acknowledged' || closing ? iso(e.acknowledgedAt) : undefined,
    acknowledgedBy: reason === 'acknowledged' || closing ? e.acknowledgedBy : undefined,
    resolvedAt: closing ? iso(e.resolvedAt) : undefined,
    resolution: closing ? e.resolution?.reason : undefined,
    resolvedBy: closing ? e.resolvedBy : undefined,
    note: reason === 'acknowledged' ? e.acknowledgeNote : closing ? e.resolveNote : undefined,
    links: { kpi: `${base}/a/scorecard-suite-app/catalog/${encodeURIComponent(ctx.kpi.metadata.id)}` },
  });
}

/** The receivers of the policy's levels 1..`level` (each once), who hear of acknowledgement and resolution. */
export function receiversUpTo(spec: EscalationPolicySpec, level: number): EscalationReceiver[] {
  const names = new Set(spec.levels.slice(0, level).flatMap((l) => l.receivers));
  return spec.receivers.filter((r) => names.has(r.name));
}

export function deliveriesOf(
  notice: EscalationNotice,
  receivers: readonly EscalationReceiver[],
  now: number
): Delivery[] {
  return receivers.map((receiver) => ({
    key: notice.idempotencyKey,
    receiver,
    escalation: notice.escalationId,
    reason: notice.reason,
    level: notice.level,
    notice,
    createdAt: now,
    attempts: 0,
    nextAt: now,
    status: 'pending',
    deliveredAt: null,
    lastError: null,
  }));
}

/** The notice of an acknowledgement or resolution, to everyone notified so far (none before the first notice). */
export function closingDeliveries(
  e: StoredEscalation,
  reason: 'acknowledged' | 'resolved',
  ctx: NoticeContext,
  now: number
): Delivery[] {
  if (e.level === 0) {
    return [];
  }
  const notice = noticeOf(e, reason, e.level, stableHash(`${e.id}|${reason}`), ctx);
  return deliveriesOf(notice, receiversUpTo(ctx.policy.spec, e.level), now);
}

/** What one evaluation's actions on `e` owe the receivers: each level notice, and the resolution. */
export function actionDeliveries(
  e: StoredEscalation,
  actions: readonly EscalationAction[],
  ctx: NoticeContext,
  now: number
): Delivery[] {
  return actions.flatMap((a) => {
    if (a.escalation !== e.id) {
      return [];
    }
    if (a.type === 'notify') {
      return deliveriesOf(noticeOf(e, a.reason, a.level, a.idempotencyKey, ctx), a.receivers, now);
    }
    return a.type === 'resolve' ? closingDeliveries(e, 'resolved', ctx, now) : [];
  });
}
