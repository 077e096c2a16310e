import { Admission, OverloadedError } from './admission';

const gate = () => {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open: () => open() };
};

describe('Admission', () => {
  it('runs up to `active` at once, lets `queued` wait and refuses the rest at once with a retry time', async () => {
    const admission = new Admission({ active: 2, queued: 1, maxWaitMs: 10_000 });
    const g = gate();
    const started: number[] = [];
    const run = (i: number) =>
      admission.run(async () => {
        started.push(i);
        await g.done;
        return i;
      });
    const a = run(1);
    const b = run(2);
    const c = run(3);
    await expect(run(4)).rejects.toEqual(new OverloadedError(1));
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    expect(admission.load()).toEqual({ active: 2, waiting: 1 });
    g.open();
    await expect(Promise.all([a, b, c])).resolves.toEqual([1, 2, 3]);
    expect(started).toEqual([1, 2, 3]);
    expect(admission.load()).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a query that waited longer than maxWaitMs, and frees its place in the queue', async () => {
    jest.useFakeTimers();
    try {
      const admission = new Admission({ active: 1, queued: 1, maxWaitMs: 2000 });
      const g = gate();
      const first = admission.run(() => g.done);
      const waiting = admission.run(async () => 'late');
      jest.advanceTimersByTime(2000);
      await expect(waiting).rejects.toEqual(new OverloadedError(2));
      expect(admission.load()).toEqual({ active: 1, waiting: 0 });
      g.open();
      await first;
      expect(admission.load()).toEqual({ active: 0, waiting: 0 });
    } finally {
      jest.useRealTimers();
    }
  });

  it('frees the place of a query that failed', async () => {
    const admission = new Admission({ active: 1, queued: 0, maxWaitMs: 10 });
    await expect(admission.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(admission.run(async () => 'next')).resolves.toBe('next');
  });
});
