/** Refused for now: too many queries are running and waiting; retry after `retryAfterS` seconds. */
export class OverloadedError extends Error {
  constructor(readonly retryAfterS: number) {
    super(`the server is busy with other queries: retry in ${retryAfterS} s`);
  }
}

export interface AdmissionLimits {
  /** Queries computed at once. */
  active: number;
  /** Queries waiting for a place; beyond that one is refused at once. */
  queued: number;
  /** The longest a query waits for a place before it is refused. */
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: AdmissionLimits = { active: 4, queued: 16, maxWaitMs: 1000 };

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

/** A bounded queue in front of query work: a request waits briefly for a place or is refused with 503. */
export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits = DEFAULT_ADMISSION) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  /** Running and waiting queries, for health and metrics. */
  load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private enter(): Promise<void> {
    if (this.active < this.limits.active) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queued) {
      return Promise.reject(new OverloadedError(1));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new OverloadedError(Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000))));
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (next === undefined) {
      this.active -= 1;
    } else {
      // the place passes straight to the next waiter
      next.admit();
    }
  }
}
