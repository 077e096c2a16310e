import { errorMessage } from '../error-message';

export interface SchedulerOptions {
  /** Evaluates every policy; its failures are logged and the schedule goes on. */
  evaluate: () => Promise<unknown>;
  /** When an escalation next owes a notification, so a level's wait is kept to the second. */
  nextDue: () => Promise<number | null>;
  intervalMs: number;
  /** How long after a write the evaluation runs, so a burst of writes is evaluated once. */
  debounceMs?: number;
  log?: (message: string) => void;
  now?: () => number;
}

const MIN_DELAY_MS = 1_000;

/** Runs evaluations on an interval, at the next due notification, and shortly after writes; never two at once. */
export class EscalationScheduler {
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    this.stopped = false;
    this.run();
  }

  /** After a write that may change a value. */
  trigger(): void {
    if (this.stopped) {
      return;
    }
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.run(), this.options.debounceMs ?? 250);
    this.debounce.unref();
  }

  private run(): void {
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.once().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.run();
      }
    });
  }

  private async once(): Promise<void> {
    const now = this.options.now ?? Date.now;
    let delay = this.options.intervalMs;
    try {
      await this.options.evaluate();
      const due = await this.options.nextDue();
      if (due !== null) {
        delay = Math.min(delay, due - now());
      }
    } catch (err) {
      this.options.log?.(`escalation evaluation failed: ${errorMessage(err)}`);
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => this.run(), Math.max(MIN_DELAY_MS, delay));
      this.timer.unref();
    }
  }

  /** Stops scheduling and waits for a running evaluation. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.debounce);
    await this.running;
  }
}
