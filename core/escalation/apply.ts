import type { Escalation, EscalationAction } from './types';

function applyTo(e: Escalation, action: EscalationAction, now: number): Escalation {
  const { deferred: _held, ...rest } = e;
  switch (action.type) {
    case 'notify': {
      const { level, sequence, idempotencyKey: key } = action;
      return { ...rest, level, notifications: [...e.notifications, { level, sequence, at: now, key }] };
    }
    case 'defer':
      return { ...rest, deferred: { level: action.level, reason: action.reason, until: action.until } };
    case 'resolve': {
      const { reason, periods, through } = action;
      return {
        ...rest,
        resolvedAt: now,
        resolution: through === undefined ? { reason, periods } : { reason, periods, through },
      };
    }
    default:
      return e;
  }
}

/** The escalations after the actions of one evaluation at `now` took effect. */
export function applyActions(
  state: readonly Escalation[],
  actions: readonly EscalationAction[],
  now: number
): Escalation[] {
  let next = [...state];
  for (const action of actions) {
    if (action.type === 'open') {
      const { escalation: id, policy, policyVersion, kpi, breach } = action;
      next.push({ id, policy, policyVersion, kpi, openedAt: now, breach, level: 0, notifications: [] });
    } else {
      next = next.map((e) => (e.id === action.escalation ? applyTo(e, action, now) : e));
    }
  }
  return next;
}

/** Marks an open escalation acknowledged: it gets no more level notifications but still resolves on recovery. */
export function acknowledge(state: readonly Escalation[], id: string, now: number): Escalation[] {
  return state.map((e) => {
    if (e.id !== id || e.resolvedAt !== undefined || e.acknowledgedAt !== undefined) {
      return e;
    }
    const { deferred: _dropped, ...rest } = e;
    return { ...rest, acknowledgedAt: now };
  });
}
