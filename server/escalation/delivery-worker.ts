import { DEFAULT_RETRY, nextStep, type DeliveryOutcome, type RetryOptions } from '../../core/escalation/backoff';
import { errorMessage } from '../error-message';
import { type SqlExecutor } from '../store/sql';
import { dueDeliveries, recordAttempt } from './repo';
import { sendDelivery } from './send';
import { type Delivery } from './types';

export interface DeliveryWorkerOptions {
  sql: SqlExecutor;
  now: () => number;
  /** [0, 1) for the backoff's jitter; Math.random by default. */
  random?: () => number;
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Sends at once at most. */
  concurrency?: number;
  /** Per send; 10 s by default. */
  timeoutMs?: number;
  /** Due deliveries one tick takes; the loop ticks again at once when it took a full batch. */
  batch?: number;
  log?: (msg: string, detail?: object) => void;
}

export interface TickSummary {
  delivered: number;
  retried: number;
  failed: number;
}

type Result = keyof TickSummary;

const DEFAULT_BATCH = 100;

function describe(outcome: DeliveryOutcome): string {
  return outcome.kind === 'network' ? outcome.message : `the receiver answered ${outcome.status}`;
}

/** Runs `work` over `items`, at most `limit` at a time, each slot taking the next item when it is free. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const slot = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) {
        await work(item);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, slot));
}

/**
 * Sends the outbox (escalation_deliveries) and records each outcome only after its send returns, so a
 * crash between the two sends again with the same idempotency key: at-least-once delivery.
 */
export class DeliveryWorker {
  private readonly sql: SqlExecutor;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly retry: RetryOptions;
  private readonly concurrency: number;
  private readonly batch: number;
  private readonly log: (msg: string, detail?: object) => void;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  private again = false;
  private pollMs = 1000;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.sql = options.sql;
    this.now = options.now;
    this.random = options.random ?? Math.random;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
    this.batch = Math.max(1, Math.floor(options.batch ?? DEFAULT_BATCH));
    this.log = options.log ?? (() => undefined);
  }

  /** Sends every due delivery once (up to a batch) and records what happened. */
  async tick(): Promise<TickSummary> {
    const summary: TickSummary = { delivered: 0, retried: 0, failed: 0 };
    const due = await dueDeliveries(this.sql, this.now(), this.batch);
    await inPool(due, this.concurrency, async (d) => {
      try {
        summary[await this.deliver(d)] += 1;
      } catch (err) {
        // the row stays due as it was, so the next tick sends it again
        this.log('escalation delivery could not be recorded', {
          key: d.key,
          receiver: d.receiver.name,
          error: errorMessage(err),
        });
      }
    });
    return summary;
  }

  private async deliver(d: Delivery): Promise<Result> {
    const ref = { key: d.key, receiverName: d.receiver.name };
    const attempts = d.attempts + 1;
    let outcome: DeliveryOutcome;
    try {
      outcome = await sendDelivery(d, {
        now: this.now(),
        env: this.options.env ?? process.env,
        ...(this.options.fetch === undefined ? {} : { fetch: this.options.fetch }),
        ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
      });
    } catch (err) {
      // only a notice that cannot become a body gets here, and it never will
      await recordAttempt(this.sql, ref, {
        status: 'failed',
        attempts,
        error: `cannot build the request: ${errorMessage(err)}`,
      });
      return 'failed';
    }
    const now = this.now();
    const step = nextStep(outcome, attempts, this.retry, { now, random: this.random });
    switch (step.action) {
      case 'delivered':
        await recordAttempt(this.sql, ref, { status: 'delivered', attempts, at: now });
        return 'delivered';
      case 'retry':
        await recordAttempt(this.sql, ref, {
          status: 'pending',
          attempts,
          nextAt: now + step.delayMs,
          error: describe(outcome),
        });
        return 'retried';
      case 'give-up': {
        const error = step.reason === describe(outcome) ? step.reason : `${describe(outcome)}; ${step.reason}`;
        await recordAttempt(this.sql, ref, { status: 'failed', attempts, error });
        this.log('escalation delivery failed', { key: d.key, receiver: d.receiver.name, error });
        return 'failed';
      }
    }
  }

  /** Ticks every `pollMs` (never two at once) until stop(); errors are logged and the loop goes on. */
  start(pollMs = 1000): void {
    if (this.started) {
      return;
    }
    this.started = true;
    this.pollMs = pollMs;
    this.schedule(0);
  }

  /** A tick soon, e.g. after deliveries were enqueued; no-op unless started. */
  wake(): void {
    if (!this.started) {
      return;
    }
    if (this.running === undefined) {
      this.schedule(0);
    } else {
      this.again = true;
    }
  }

  /** Stops the loop and waits for the tick under way. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.loop(), delayMs);
    this.timer.unref();
  }

  private loop(): void {
    this.timer = undefined;
    this.again = false;
    this.running = this.tick()
      .then(
        (s) => s.delivered + s.retried + s.failed >= this.batch,
        (err: unknown) => {
          this.log('escalation delivery tick failed', { error: errorMessage(err) });
          return false;
        }
      )
      .then((full) => {
        this.running = undefined;
        if (this.started) {
          this.schedule(full || this.again ? 0 : this.pollMs);
        }
      });
  }
}
