export interface ReadPoolOptions<C> {
  /** The most resources in use at once. */
  size: number;
  create: () => Promise<C>;
  destroy: (resource: C) => void;
}

// null hands the waiter a free slot to create a resource in
type Waiter<C> = (resource: C | null) => void;

/** Up to `size` resources, created on first need and reused; a task waits (first come, first served) only when all are busy. */
export class ReadPool<C> {
  private readonly created: C[] = [];
  private readonly idle: C[] = [];
  private readonly waiters: Array<Waiter<C>> = [];
  private leased = 0;
  private closed = false;
  private readonly onDrained: Array<() => void> = [];

  constructor(private readonly options: ReadPoolOptions<C>) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new Error(`a read pool needs at least one resource, got ${options.size}`);
    }
  }

  /** Runs `task` on a free resource; a task whose signal aborts while it waits never runs. */
  async use<T>(task: (resource: C) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const resource = await this.acquire(signal);
    try {
      signal?.throwIfAborted();
      return await task(resource);
    } finally {
      this.release(resource);
    }
  }

  /** Waits for every task taken on, queued ones included, then destroys all resources; later tasks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.leased > 0) {
      await new Promise<void>((resolve) => this.onDrained.push(resolve));
    }
    for (const resource of this.created.splice(0)) {
      this.options.destroy(resource);
    }
    this.idle.length = 0;
  }

  private async acquire(signal: AbortSignal | undefined): Promise<C> {
    signal?.throwIfAborted();
    if (this.closed) {
      throw new Error('the read pool is closed');
    }
    const idle = this.idle.pop();
    if (idle !== undefined) {
      this.leased++;
      return idle;
    }
    if (this.leased < this.options.size) {
      this.leased++;
      return this.createInSlot();
    }
    const handed = await this.wait(signal);
    return handed ?? this.createInSlot();
  }

  private async createInSlot(): Promise<C> {
    try {
      const resource = await this.options.create();
      this.created.push(resource);
      return resource;
    } catch (err) {
      this.freeSlot();
      throw err;
    }
  }

  private wait(signal: AbortSignal | undefined): Promise<C | null> {
    return new Promise<C | null>((resolve, reject) => {
      const onAbort = () => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(signal?.reason);
      };
      const waiter: Waiter<C> = (resource) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(resource);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private release(resource: C): void {
    const next = this.waiters.shift();
    if (next !== undefined) {
      next(resource);
      return;
    }
    this.idle.push(resource);
    this.freeSlot();
  }

  private freeSlot(): void {
    const next = this.waiters.shift();
    if (next !== undefined) {
      next(null);
      return;
    }
    this.leased--;
    if (this.leased === 0) {
      this.onDrained.splice(0).forEach((resolve) => resolve());
    }
  }
}
