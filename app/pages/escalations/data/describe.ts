import { type DeliveryView, type EscalationView } from '../../../../core/escalation/api';
import { CONDITION_TEXT } from '../../../../core/escalation/notification';
import { atText, whenText } from './time';

/** "critical 3 of the last 3 periods, through 2026-11". */
export function breachSummary(b: EscalationView['breach']): string {
  const window = b.of === 1 ? 'the last period' : `the last ${b.of} periods`;
  return `${CONDITION_TEXT[b.status]} ${b.periods} of ${window}, through ${b.through}`;
}

const RESOLUTIONS: Record<NonNullable<EscalationView['resolution']>, string> = {
  recovered: 'recovered',
  deselected: 'no longer selected by the policy',
  manual: 'resolved by hand',
};

export const resolutionText = (r: EscalationView['resolution']) => (r === null ? '' : RESOLUTIONS[r]);

/** "ana, 2 h ago (2026-11-30 10:00)"; '—' when it has not happened. */
export function byAt(by: string | null, at: string | null, now: number, timeZone: string): string {
  if (at === null) {
    return '—';
  }
  return `${by ?? 'unknown'}, ${whenText(at, now, timeZone)}`;
}

/** "dora, 1 h ago (2026-12-02 11:00): resolved by hand"; the server's own resolutions name no one. */
export function resolvedText(e: EscalationView, now: number, timeZone: string): string {
  if (e.resolvedAt === null) {
    return '—';
  }
  const when = whenText(e.resolvedAt, now, timeZone);
  return `${e.resolvedBy === null ? when : `${e.resolvedBy}, ${when}`}: ${resolutionText(e.resolution)}`;
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
export const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '—' : NUMBER.format(n));

export interface DeliveryStatus {
  color: 'green' | 'orange' | 'red';
  label: DeliveryView['status'];
  detail: string;
}

const attemptsText = (n: number) => `${n} attempt${n === 1 ? '' : 's'}`;

/** What a delivery's state means to the reader: when it arrived, when it is tried next, or why it failed. */
export function deliveryStatus(d: DeliveryView, now: number, timeZone: string): DeliveryStatus {
  switch (d.status) {
    case 'delivered':
      return {
        color: 'green',
        label: 'delivered',
        detail: `${d.deliveredAt === null ? 'delivered' : whenText(d.deliveredAt, now, timeZone)} after ${attemptsText(d.attempts)}`,
      };
    case 'pending': {
      const next =
        d.nextAttemptAt === null
          ? 'next attempt not scheduled'
          : `next attempt ${atText(d.nextAttemptAt, now, timeZone)}`;
      const last = d.lastError === null ? '' : `; last error: ${d.lastError}`;
      return { color: 'orange', label: 'pending', detail: `${next}, ${attemptsText(d.attempts)} so far${last}` };
    }
    case 'failed':
      return {
        color: 'red',
        label: 'failed',
        detail: `gave up after ${attemptsText(d.attempts)}: ${d.lastError ?? 'no error recorded'}`,
      };
  }
}

/** Deliveries grouped by receiver (by name), oldest first within each. */
export function byReceiver(deliveries: readonly DeliveryView[]): DeliveryView[] {
  return [...deliveries].sort(
    (a, b) => a.receiver.localeCompare(b.receiver) || Date.parse(a.createdAt) - Date.parse(b.createdAt)
  );
}
