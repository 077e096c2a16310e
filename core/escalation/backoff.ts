export interface RetryOptions {
  /** The cap of the first retry's delay; each further retry doubles it. */
  baseMs: number;
  /** No cap grows beyond this. */
  maxMs: number;
  /** Attempts in all, the first delivery included. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryOptions = { baseMs: 1_000, maxMs: 5 * 60_000, maxAttempts: 8 };

/**
 * Milliseconds to wait after failed attempt number `attempt` (1 = the first delivery), or null when no
 * attempt is left. Full jitter: uniform in [0, min(maxMs, baseMs × 2^(attempt − 1))); `random` returns [0, 1).
 */
export function retrySchedule(attempt: number, options: RetryOptions, random: () => number): number | null {
  if (attempt >= options.maxAttempts) {
    return null;
  }
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

export type DeliveryOutcome =
  | { kind: 'response'; status: number; retryAfter?: string | null }
  | { kind: 'network'; message: string };

export type RetryDecision =
  | { action: 'delivered' }
  | { action: 'retry'; retryAfterMs?: number }
  | { action: 'give-up'; reason: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** Milliseconds a Retry-After header asks for (delay-seconds or an IMF-fixdate); undefined when unreadable. */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  const [, day, month, year, hour, minute, second] = IMF_FIXDATE.exec(text) ?? [];
  const monthIndex = MONTHS.indexOf(month ?? '');
  if (monthIndex < 0) {
    return undefined;
  }
  const at = Date.UTC(Number(year), monthIndex, Number(day), Number(hour), Number(minute), Number(second));
  // a date that rolled over (31 Feb) does not print back as written
  if (Number.isNaN(at) || new Date(at).toUTCString().slice(5) !== text.slice(5)) {
    return undefined;
  }
  return Math.max(0, at - now);
}

/** 2xx delivered; 408, 429, 5xx and network errors retried; any other status is final. */
export function shouldRetry(outcome: DeliveryOutcome, now: number): RetryDecision {
  if (outcome.kind === 'network') {
    return { action: 'retry' };
  }
  const { status } = outcome;
  if (status >= 200 && status < 300) {
    return { action: 'delivered' };
  }
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
    const retryAfterMs = outcome.retryAfter ? parseRetryAfter(outcome.retryAfter, now) : undefined;
    return retryAfterMs === undefined ? { action: 'retry' } : { action: 'retry', retryAfterMs };
  }
  return { action: 'give-up', reason: `the receiver answered ${status}` };
}

export type NextStep =
  | { action: 'delivered' }
  | { action: 'retry'; delayMs: number }
  | { action: 'give-up'; reason: string };

/** What to do after attempt number `attempt`: a Retry-After longer than the jittered delay wins. */
export function nextStep(
  outcome: DeliveryOutcome,
  attempt: number,
  options: RetryOptions,
  clock: { now: number; random: () => number }
): NextStep {
  const decision = shouldRetry(outcome, clock.now);
  if (decision.action !== 'retry') {
    return decision;
  }
  const delay = retrySchedule(attempt, options, clock.random);
  if (delay === null) {
    return { action: 'give-up', reason: `no attempt left after ${attempt}` };
  }
  return { action: 'retry', delayMs: Math.max(delay, decision.retryAfterMs ?? 0) };
}
