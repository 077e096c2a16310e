/** Anything whose running statement can be stopped from outside, such as a DuckDB connection. */
export interface Interruptible {
  interrupt(): void;
}

// DuckDB drops an interrupt that comes before the statement starts, so it is repeated until the task settles
const REPEAT_MS = 50;

/** Runs `task` on `target`; once `signal` aborts, interrupts `target` (and only it) until the task settles. */
export async function interruptOnAbort<T>(
  target: Interruptible,
  signal: AbortSignal | undefined,
  task: () => Promise<T>
): Promise<T> {
  signal?.throwIfAborted();
  let repeat: NodeJS.Timeout | undefined;
  const interrupt = () => {
    target.interrupt();
    repeat = setInterval(() => target.interrupt(), REPEAT_MS);
  };
  signal?.addEventListener('abort', interrupt, { once: true });
  try {
    return await task();
  } finally {
    signal?.removeEventListener('abort', interrupt);
    clearInterval(repeat);
  }
}
