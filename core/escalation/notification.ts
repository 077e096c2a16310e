import { canonicalJson } from '../canonical';
import {
  escalationNotification,
  NOTIFICATION_VERSION,
  type EscalationNotice,
  type EscalationNotification,
} from './notification-schema';

/** Hex HMAC-SHA256 of a UTF-8 message under a UTF-8 key; injected because core/ uses no Node APIs. */
export type HmacSha256Hex = (key: string, message: string) => string;

export const WEBHOOK_HEADERS = {
  contentType: 'Content-Type',
  idempotencyKey: 'Idempotency-Key',
  timestamp: 'X-Scorecard-Timestamp',
  signature: 'X-Scorecard-Signature',
} as const;

export const DEFAULT_MAX_SKEW_SECONDS = 300;
const SIGNATURE_PREFIX = 'sha256=';

/** The webhook body for a notice; throws a ZodError when the notice is incomplete or inconsistent. */
export function notificationOf(notice: EscalationNotice): EscalationNotification {
  return escalationNotification.parse({ version: NOTIFICATION_VERSION, ...notice });
}

/** `sha256=<hex>` over `<timestamp>.<body>`, so a captured body cannot be replayed with a fresh timestamp. */
export function signatureOf(hmac: HmacSha256Hex, secret: string, timestamp: string, body: string): string {
  return `${SIGNATURE_PREFIX}${hmac(secret, `${timestamp}.${body}`).toLowerCase()}`;
}

export type WebhookOptions = { now: number } & ({ secret?: undefined } | { secret: string; hmac: HmacSha256Hex });

export interface WebhookRequest {
  headers: Record<string, string>;
  body: string;
}

/** Headers and canonical JSON body of one webhook delivery; the body is the same on every retry. */
export function webhookRequest(notice: EscalationNotice, options: WebhookOptions): WebhookRequest {
  const notification = notificationOf(notice);
  const body = canonicalJson(notification);
  const timestamp = String(Math.floor(options.now / 1000));
  const headers: Record<string, string> = {
    [WEBHOOK_HEADERS.contentType]: 'application/json',
    [WEBHOOK_HEADERS.idempotencyKey]: notification.idempotencyKey,
    [WEBHOOK_HEADERS.timestamp]: timestamp,
  };
  if (options.secret !== undefined) {
    if (options.secret === '') {
      throw new Error('the webhook secret is empty: set the environment variable named by secretEnv');
    }
    headers[WEBHOOK_HEADERS.signature] = signatureOf(options.hmac, options.secret, timestamp, body);
  }
  return { headers, body };
}

/** Compares every character whatever the first difference, so timing does not reveal a prefix. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

export interface SignedDelivery {
  /** The raw body exactly as received, before any JSON parsing. */
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
}

export interface VerifyOptions {
  secret: string;
  hmac: HmacSha256Hex;
  now: number;
  maxSkewSeconds?: number;
}

export type Verification = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/** A receiver's check of X-Scorecard-Timestamp and X-Scorecard-Signature. */
export function verifySignature(delivery: SignedDelivery, options: VerifyOptions): Verification {
  const { timestamp, signature, body } = delivery;
  if (timestamp === undefined || signature === undefined) {
    return { ok: false, reason: 'missing' };
  }
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-fA-F]{64}$/.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  if (Math.abs(options.now / 1000 - Number(timestamp)) > (options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS)) {
    return { ok: false, reason: 'stale' };
  }
  const expected = signatureOf(options.hmac, options.secret, timestamp, body);
  return sameText(expected, signature.toLowerCase()) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/** One element of the body of Alertmanager's `POST /api/v2/alerts` (its OpenAPI `postableAlert`). */
export interface PostableAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  generatorURL: string;
}

export const ALERT_NAME = 'ScorecardEscalation';

/** How long an open escalation's alert stays firing in Alertmanager without another post (its resolve_timeout would end it after 5 min). */
export const OPEN_ALERT_HOLD_MS = 365 * 24 * 3600 * 1000;

/** A breach condition in words. */
export const CONDITION_TEXT = { critical: 'critical', 'below-target': 'below target' } as const;

function summaryOf(n: EscalationNotification): string {
  switch (n.reason) {
    case 'resolved':
      return `${n.kpi.name} recovered`;
    case 'acknowledged':
      return `${n.kpi.name} is ${CONDITION_TEXT[n.breach.status]}, acknowledged by ${n.acknowledgedBy ?? 'someone'}`;
    default:
      return `${n.kpi.name} is ${CONDITION_TEXT[n.breach.status]} (escalation level ${n.level})`;
  }
}

function descriptionOf(n: EscalationNotification): string {
  const periods = n.breach.periods.map(
    (p) => `${p.period}: ${p.value === null ? 'no data' : `${p.value} ${n.kpi.unit}`} (target ${p.target}, ${p.status})`
  );
  return `${n.kpi.name} (${n.kpi.id}, owner ${n.kpi.owner}) under policy ${n.policy.name}. ${periods.join('; ')}.`;
}

function annotationsOf(n: EscalationNotification): Record<string, string> {
  const optional = {
    scorecard_url: n.links.scorecard,
    acknowledged_by: n.acknowledgedBy,
    acknowledged_at: n.acknowledgedAt,
    resolution: n.resolution,
    resolved_by: n.resolvedBy,
    note: n.note,
  };
  const present = Object.entries(optional).filter((e): e is [string, string] => e[1] !== undefined);
  return {
    summary: summaryOf(n),
    description: descriptionOf(n),
    reason: n.reason,
    kpi_url: n.links.kpi,
    policy_version: String(n.policy.version),
    ...Object.fromEntries(present),
  };
}

/**
 * One alert per level reached (levels add to those before, so `level` can route in Alertmanager); labels
 * hold only what stays fixed for the escalation, so re-notifications deduplicate; endsAt is a year on while open
 * (so Alertmanager keeps it firing without re-posts) and the resolution time once resolved.
 */
export function alertmanagerAlerts(notice: EscalationNotice): PostableAlert[] {
  const n = notificationOf(notice);
  const annotations = annotationsOf(n);
  const severity = n.breach.status === 'critical' ? 'critical' : 'warning';
  return Array.from({ length: n.level }, (_, i) => ({
    labels: {
      alertname: ALERT_NAME,
      escalation: n.escalationId,
      kpi: n.kpi.id,
      policy: n.policy.id,
      owner: n.kpi.owner,
      severity,
      level: String(i + 1),
    },
    annotations,
    startsAt: n.openedAt,
    endsAt: n.resolvedAt ?? new Date(Date.parse(n.openedAt) + OPEN_ALERT_HOLD_MS).toISOString(),
    generatorURL: n.links.kpi,
  }));
}
