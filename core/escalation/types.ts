import type { PeriodOutcome } from './breach';
import type { EscalationPolicySpec, EscalationReceiver } from './policy';

export type { PeriodOutcome } from './breach';

/** A stored version of a policy. */
export interface EscalationPolicyVersion {
  id: string;
  version: number;
  spec: EscalationPolicySpec;
}

/** A selected KPI and its latest complete periods, oldest→newest. */
export interface KpiOutcomes {
  kpi: string;
  periods: PeriodOutcome[];
}

export interface Breach {
  condition: EscalationPolicySpec['when'];
  /** The periods that met the condition among the last `of`. */
  periods: PeriodOutcome[];
  /** Newest period seen when the escalation opened. */
  through: string;
}

export type NotifyReason = 'opened' | 'escalated' | 'renotify';
/** `manual`: resolved through the API with a note, which should record the newest period seen as `through`. */
export type ResolveReason = 'recovered' | 'deselected' | 'manual';

export interface SentNotification {
  /** 1 for the policy's first level. */
  level: number;
  /** 1 for the first notification of this level, 2 for its first re-notify, … */
  sequence: number;
  at: number;
  key: string;
}

/** An escalation as the store keeps it; instants are epoch ms. */
export interface Escalation {
  id: string;
  policy: string;
  policyVersion: number;
  kpi: string;
  openedAt: number;
  breach: Breach;
  /** Highest level notified so far, counting from 1; 0 before the first notification. */
  level: number;
  notifications: SentNotification[];
  /** A notification held by quiet hours. */
  deferred?: { level: number; reason: NotifyReason; until: number };
  acknowledgedAt?: number;
  resolvedAt?: number;
  resolution?: { reason: ResolveReason; periods: PeriodOutcome[]; through?: string };
}

export type EscalationAction =
  | { type: 'open'; escalation: string; policy: string; policyVersion: number; kpi: string; breach: Breach }
  | {
      type: 'notify';
      escalation: string;
      kpi: string;
      level: number;
      sequence: number;
      receivers: EscalationReceiver[];
      reason: NotifyReason;
      idempotencyKey: string;
    }
  | { type: 'defer'; escalation: string; kpi: string; level: number; reason: NotifyReason; until: number }
  | {
      type: 'resolve';
      escalation: string;
      kpi: string;
      reason: ResolveReason;
      periods: PeriodOutcome[];
      through?: string;
    };
