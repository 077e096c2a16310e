import type { Status } from '../scoring';
import { acknowledge, applyActions, evaluate } from './evaluate';
import { escalationPolicySpec } from './policy';
import type { Escalation, EscalationAction, EscalationPolicyVersion, KpiOutcomes, PeriodOutcome } from './types';

export const HOUR = 3_600_000;
export const at = (iso: string) => Date.parse(iso);

/** A daily period; below target whenever critical unless told otherwise. */
export const day = (period: string, status: Status, belowTarget = status === 'critical'): PeriodOutcome => ({
  period,
  status,
  belowTarget,
});

export const team = { name: 'team', type: 'webhook' as const, url: 'https://hooks.example.com/team' };
export const head = { name: 'head', type: 'alertmanager' as const, url: 'http://alertmanager:9093' };
export const ceo = { name: 'ceo', type: 'webhook' as const, url: 'https://hooks.example.com/ceo' };

export function policyOf(extra: object = {}): EscalationPolicyVersion {
  const spec = escalationPolicySpec.parse({
    name: 'Churn watch',
    select: { kpis: ['churn-rate', 'nps'] },
    when: { status: 'critical', periods: 2, of: 3 },
    levels: [{ receivers: ['team'] }],
    receivers: [team, head, ceo],
    ...extra,
  });
  return { id: 'churn-watch', version: 3, spec };
}

/** Evaluates and applies at each step, as the server will; the clock is whatever the test passes. */
export function world(policy: EscalationPolicyVersion, timeZone = 'UTC') {
  let state: Escalation[] = [];
  return {
    step(now: number, kpis: KpiOutcomes[]): EscalationAction[] {
      const actions = evaluate({ policy, kpis, escalations: state, now, timeZone });
      state = applyActions(state, actions, now);
      return actions;
    },
    ack(id: string, now: number) {
      state = acknowledge(state, id, now);
    },
    state: () => state,
  };
}

export const notify = (
  escalation: string,
  kpi: string,
  level: number,
  sequence: number,
  reason: 'opened' | 'escalated' | 'renotify',
  receivers: object[],
  idempotencyKey: string
) => ({ type: 'notify', escalation, kpi, level, sequence, reason, receivers, idempotencyKey });
