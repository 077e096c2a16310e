import { nextStep, parseRetryAfter, retrySchedule, shouldRetry, type RetryOptions } from './backoff';

const options: RetryOptions = { baseMs: 1_000, maxMs: 30_000, maxAttempts: 7 };
const half = () => 0.5;
// Wed, 02 Dec 2026 14:00:00 GMT
const NOW = 1_796_220_000_000;

describe('retrySchedule', () => {
  it('draws uniformly below a cap that doubles from baseMs up to maxMs', () => {
    // caps 1s, 2s, 4s, 8s, 16s, 30s (32s capped); half of each
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retrySchedule(attempt, options, half))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 15_000,
    ]);
  });

  it('spans the whole range from 0 to just below the cap', () => {
    expect(retrySchedule(3, options, () => 0)).toBe(0);
    expect(retrySchedule(3, options, () => 0.999_999)).toBe(3_999);
  });

  it('stops once maxAttempts attempts have been made', () => {
    expect(retrySchedule(7, options, half)).toBeNull();
    expect(retrySchedule(1, { ...options, maxAttempts: 1 }, half)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, never negative', () => {
    expect(parseRetryAfter('Wed, 02 Dec 2026 14:01:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 13:59:00 GMT', NOW)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const text of ['', '-5', '1.5', 'soon', 'Wed, 31 Feb 2026 14:00:00 GMT', '2026-12-02T14:01:30Z']) {
      expect(parseRetryAfter(text, NOW)).toBeUndefined();
    }
  });
});

describe('shouldRetry', () => {
  it('counts any 2xx as delivered', () => {
    expect(shouldRetry({ kind: 'response', status: 204 }, NOW)).toEqual({ action: 'delivered' });
  });

  it('retries 5xx, 408, 429 and network errors, with the Retry-After asked for', () => {
    expect(shouldRetry({ kind: 'response', status: 503 }, NOW)).toEqual({ action: 'retry' });
    expect(shouldRetry({ kind: 'response', status: 408 }, NOW)).toEqual({ action: 'retry' });
    expect(shouldRetry({ kind: 'response', status: 429, retryAfter: '30' }, NOW)).toEqual({
      action: 'retry',
      retryAfterMs: 30_000,
    });
    expect(shouldRetry({ kind: 'network', message: 'connect ECONNREFUSED 127.0.0.1:9' }, NOW)).toEqual({
      action: 'retry',
    });
  });

  it('gives up on other 4xx and on redirects, saying why', () => {
    expect(shouldRetry({ kind: 'response', status: 400 }, NOW)).toEqual({
      action: 'give-up',
      reason: 'the receiver answered 400',
    });
    expect(shouldRetry({ kind: 'response', status: 410 }, NOW).action).toBe('give-up');
    expect(shouldRetry({ kind: 'response', status: 302 }, NOW).action).toBe('give-up');
  });
});

describe('nextStep', () => {
  const clock = { now: NOW, random: half };

  it('waits the longer of the jittered delay and Retry-After', () => {
    expect(nextStep({ kind: 'response', status: 500 }, 2, options, clock)).toEqual({ action: 'retry', delayMs: 1_000 });
    const tooMany = { kind: 'response' as const, status: 429, retryAfter: 'Wed, 02 Dec 2026 14:01:00 GMT' };
    expect(nextStep(tooMany, 2, options, clock)).toEqual({ action: 'retry', delayMs: 60_000 });
    const soon = { kind: 'response' as const, status: 503, retryAfter: '0' };
    expect(nextStep(soon, 4, options, clock)).toEqual({ action: 'retry', delayMs: 4_000 });
  });

  it('gives up when no attempt is left, and never retries a final answer', () => {
    expect(nextStep({ kind: 'network', message: 'timeout' }, 7, options, clock)).toEqual({
      action: 'give-up',
      reason: 'no attempt left after 7',
    });
    expect(nextStep({ kind: 'response', status: 401 }, 1, options, clock)).toEqual({
      action: 'give-up',
      reason: 'the receiver answered 401',
    });
    expect(nextStep({ kind: 'response', status: 200 }, 3, options, clock)).toEqual({ action: 'delivered' });
  });
});
