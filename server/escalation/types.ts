import type { Escalation } from '../../core/escalation';
import type { EscalationReceiver } from '../../core/escalation/policy';
import type { EscalationNotice, EscalationReason } from '../../core/escalation/notification-schema';

/** An escalation as the store keeps it: the core state plus who acted on it and the KPI's owner at opening. */
export interface StoredEscalation extends Escalation {
  owner: string;
  acknowledgedBy?: string;
  acknowledgeNote?: string;
  resolvedBy?: string;
  resolveNote?: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One notice to one receiver (the outbox): written in the transaction that decided it, sent after commit. */
export interface Delivery {
  /** The notice's idempotency key; with the receiver's name it is the row's key. */
  key: string;
  /** The receiver as the policy version said when the notice was decided. */
  receiver: EscalationReceiver;
  escalation: string;
  reason: EscalationReason;
  level: number;
  /** Every attempt sends the body built from this snapshot. */
  notice: EscalationNotice;
  createdAt: number;
  attempts: number;
  /** When the next attempt is due; null once delivered or failed. */
  nextAt: number | null;
  status: DeliveryStatus;
  deliveredAt: number | null;
  lastError: string | null;
}
