import { createHmac } from 'node:crypto';
import { type DeliveryOutcome } from '../../core/escalation/backoff';
import { alertmanagerAlerts, webhookRequest, type HmacSha256Hex } from '../../core/escalation/notification';
import { errorMessage } from '../error-message';
import { type Delivery } from './types';

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

export interface SendContext {
  now: number;
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const hmac: HmacSha256Hex = (key, message) => createHmac('sha256', key).update(message).digest('hex');

interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The POST for a delivery, or why it cannot be sent yet (a secret the environment lacks). */
function requestOf(d: Delivery, ctx: SendContext): HttpRequest | { problem: string } {
  const receiver = d.receiver;
  if (receiver.type === 'alertmanager') {
    return {
      url: `${receiver.url.replace(/\/+$/, '')}/api/v2/alerts`,
      // Alertmanager ignores the key; it lets a receiver recognise a resend
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': d.key },
      body: JSON.stringify(alertmanagerAlerts(d.notice)),
    };
  }
  if (receiver.secretEnv === undefined) {
    return { url: receiver.url, ...webhookRequest(d.notice, { now: ctx.now }) };
  }
  const secret = ctx.env[receiver.secretEnv];
  if (secret === undefined || secret === '') {
    return {
      problem: `the environment variable ${receiver.secretEnv} (secretEnv of webhook receiver ${receiver.name}) is not set or empty, so the notice cannot be signed`,
    };
  }
  return { url: receiver.url, ...webhookRequest(d.notice, { now: ctx.now, secret, hmac }) };
}

const isTimeout = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && Reflect.get(err, 'name') === 'TimeoutError';

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, a DNS error) is its cause. */
function networkMessage(err: unknown): string {
  const cause: unknown = typeof err === 'object' && err !== null ? Reflect.get(err, 'cause') : undefined;
  return cause === undefined ? errorMessage(err) : `${errorMessage(err)}: ${errorMessage(cause)}`;
}

/**
 * POSTs one delivery and reports what came back; never throws for the receiver's failings (only for a
 * notice the core cannot turn into a body). Redirects are not followed: a signed body goes where it was set.
 */
export async function sendDelivery(d: Delivery, ctx: SendContext): Promise<DeliveryOutcome> {
  const request = requestOf(d, ctx);
  if ('problem' in request) {
    return { kind: 'network', message: request.problem };
  }
  const timeoutMs = ctx.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  try {
    const response = await (ctx.fetch ?? fetch)(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // the answer's body is not needed; dropping it frees the connection
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after') };
  } catch (err) {
    return { kind: 'network', message: isTimeout(err) ? `timed out after ${timeoutMs / 1000} s` : networkMessage(err) };
  }
}
