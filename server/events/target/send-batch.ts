import { z } from 'zod';
import { type ApiClient, ApiError } from '../../client/api-client';

const answer = z.object({
  inserted: z.number(),
  batch: z.object({ id: z.string(), rows: z.number(), duplicate: z.boolean() }).optional(),
});

/** Unreachable, rate-limited, or a proxy or server that is busy: worth another try with the same batch id. */
const RETRIABLE = new Set([0, 429, 502, 503, 504]);
export const RETRY_DELAYS_MS = [500, 2_000, 5_000];
const MAX_WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * POSTs one NDJSON batch under its id, retrying transient failures (Retry-After first); safe because the server
 * stores an id once. Resolves with the rows this call stored, counting an earlier attempt whose answer was lost.
 */
export async function sendBatch(api: ApiClient, id: string, ndjson: string, wait = sleep): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const sent = await api.call('POST', '/api/v1/events', answer, { ndjson }, { 'idempotency-key': id });
      return sent.batch?.duplicate === true && attempt > 0 ? sent.batch.rows : sent.inserted;
    } catch (err) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!(err instanceof ApiError) || !RETRIABLE.has(err.status) || delay === undefined) {
        throw err;
      }
      await wait(Math.min(err.retryAfterMs ?? delay, MAX_WAIT_MS));
    }
  }
}
