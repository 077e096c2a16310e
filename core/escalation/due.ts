import { durationMs } from '../schema/duration';
import type { EscalationPolicySpec } from './policy';
import type { Escalation } from './types';

/** The earliest instant the evaluator would notify this escalation again, or null when nothing is owed. */
export function nextDueAt(e: Escalation, spec: EscalationPolicySpec): number | null {
  if (e.resolvedAt !== undefined || e.acknowledgedAt !== undefined) {
    return null;
  }
  if (e.deferred !== undefined) {
    return e.deferred.until;
  }
  const atLevel = e.notifications.filter((n) => n.level === e.level);
  const first = atLevel[0];
  const last = atLevel.at(-1);
  if (first === undefined || last === undefined) {
    return e.openedAt;
  }
  const candidates: number[] = [];
  const next = spec.levels[e.level];
  if (next?.wait !== undefined) {
    candidates.push(first.at + durationMs(next.wait));
  }
  if (spec.renotify !== undefined) {
    candidates.push(last.at + durationMs(spec.renotify));
  }
  return candidates.length === 0 ? null : Math.min(...candidates);
}
