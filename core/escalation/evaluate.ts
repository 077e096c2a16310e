import { durationMs } from '../schema/duration';
import { breachOf, recoveryOf } from './breach';
import { stableHash } from './hash';
import { applyActions } from './apply';
import type { EscalationReceiver } from './policy';
import { inQuietHours, quietHoursEnd } from './quiet-hours';
import type { Escalation, EscalationAction, EscalationPolicyVersion, KpiOutcomes, NotifyReason } from './types';

export { applyActions, acknowledge } from './apply';

export interface EvaluationInput {
  policy: EscalationPolicyVersion;
  /** Every KPI the policy selects now; an open escalation of a KPI missing here is resolved as deselected. */
  kpis: readonly KpiOutcomes[];
  /** This policy's open escalations, and its latest resolved one per KPI (so a resolution is not undone by the same periods). */
  escalations: readonly Escalation[];
  now: number;
  /** The organisation's IANA zone, for quiet hours without their own. */
  timeZone: string;
}

type Due = { level: number; reason: NotifyReason };

const escalationId = (policy: string, kpi: string, through: string) =>
  `esc-${stableHash(`${policy}|${kpi}|${through}`)}`;

/** The notification an unacknowledged escalation owes at `now`: a higher level wins over a re-notify. */
function dueNotification(e: Escalation, { spec }: EscalationPolicyVersion, now: number): Due | undefined {
  if (e.acknowledgedAt !== undefined) {
    return undefined;
  }
  if (e.notifications.length === 0) {
    return { level: 1, reason: 'opened' };
  }
  const atLevel = e.notifications.filter((n) => n.level === e.level);
  const first = atLevel[0];
  const last = atLevel.at(-1);
  if (first === undefined || last === undefined) {
    return undefined;
  }
  // levels count from 1, so the next level sits at index e.level
  const next = spec.levels[e.level];
  if (next?.wait !== undefined && now >= first.at + durationMs(next.wait)) {
    return { level: e.level + 1, reason: 'escalated' };
  }
  if (spec.renotify !== undefined && now >= last.at + durationMs(spec.renotify)) {
    return { level: e.level, reason: 'renotify' };
  }
  return undefined;
}

function receiversOf({ spec }: EscalationPolicyVersion, level: number): EscalationReceiver[] {
  const names = spec.levels[level - 1]?.receivers ?? [];
  return names.flatMap((name) => spec.receivers.filter((r) => r.name === name));
}

function notifications(e: Escalation, input: EvaluationInput): EscalationAction[] {
  const { policy, now, timeZone } = input;
  const due = dueNotification(e, policy, now);
  if (due === undefined) {
    return [];
  }
  const quiet = policy.spec.quietHours;
  if (inQuietHours(now, quiet, timeZone)) {
    const until = quietHoursEnd(now, quiet, timeZone);
    const held = e.deferred;
    if (held !== undefined && held.level === due.level && held.reason === due.reason && held.until === until) {
      return [];
    }
    return [{ type: 'defer', escalation: e.id, kpi: e.kpi, ...due, until }];
  }
  const sequence = e.notifications.filter((n) => n.level === due.level).length + 1;
  return [
    {
      type: 'notify',
      escalation: e.id,
      kpi: e.kpi,
      ...due,
      sequence,
      receivers: receiversOf(policy, due.level),
      idempotencyKey: stableHash(`${e.id}|${due.level}|${sequence}`),
    },
  ];
}

const lastSeen = (e: Escalation): string => e.resolution?.through ?? e.breach.through;

function evaluateKpi({ kpi, periods }: KpiOutcomes, input: EvaluationInput): EscalationAction[] {
  const { policy, now } = input;
  const mine = input.escalations.filter((e) => e.policy === policy.id && e.kpi === kpi);
  const through = periods.at(-1)?.period;
  const recovery = recoveryOf(periods, policy.spec);
  const current = mine.find((e) => e.resolvedAt === undefined);
  if (current !== undefined) {
    return recovery === undefined
      ? notifications(current, input)
      : [
          {
            type: 'resolve',
            escalation: current.id,
            kpi,
            reason: 'recovered',
            periods: recovery,
            ...(through === undefined ? {} : { through }),
          },
        ];
  }
  const breach = breachOf(periods, policy.spec);
  if (
    breach === undefined ||
    recovery !== undefined ||
    through === undefined ||
    mine.some((e) => lastSeen(e) === through)
  ) {
    return [];
  }
  const open: EscalationAction = {
    type: 'open',
    escalation: escalationId(policy.id, kpi, through),
    policy: policy.id,
    policyVersion: policy.version,
    kpi,
    breach: { condition: policy.spec.when, periods: breach, through },
  };
  const [opened] = applyActions([], [open], now);
  return opened === undefined ? [open] : [open, ...notifications(opened, input)];
}

/** The actions one evaluation of a policy takes at `now`; pure, and idempotent once they are applied. */
export function evaluate(input: EvaluationInput): EscalationAction[] {
  const selected = new Set(input.kpis.map((k) => k.kpi));
  const deselected = input.escalations.filter(
    (e) => e.policy === input.policy.id && e.resolvedAt === undefined && !selected.has(e.kpi)
  );
  return [
    ...input.kpis.flatMap((k) => evaluateKpi(k, input)),
    ...deselected.map(
      (e): EscalationAction => ({ type: 'resolve', escalation: e.id, kpi: e.kpi, reason: 'deselected', periods: [] })
    ),
  ];
}
