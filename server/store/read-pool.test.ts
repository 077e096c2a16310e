import { ReadPool } from './read-pool';

interface Gate {
  opened: Promise<void>;
  open: () => void;
}

function gate(): Gate {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

// resources are numbered in the order they are created; destroyed ones are listed
function numberedPool(size: number) {
  let made = 0;
  const destroyed: number[] = [];
  const pool = new ReadPool<number>({
    size,
    create: async () => ++made,
    destroy: (n) => destroyed.push(n),
  });
  return { pool, destroyed, made: () => made };
}

describe('ReadPool', () => {
  it('creates resources only when all existing ones are busy, and reuses them', async () => {
    const { pool, made } = numberedPool(3);
    expect(made()).toBe(0);
    expect(await pool.use(async (n) => n)).toBe(1);
    expect(await pool.use(async (n) => n)).toBe(1);
    expect(made()).toBe(1);

    const held = gate();
    const first = pool.use(async (n) => (await held.opened, n));
    const second = await pool.use(async (n) => n);
    expect(second).toBe(2);
    held.open();
    expect(await first).toBe(1);
    expect(made()).toBe(2);
  });

  it('runs at most `size` tasks at once and hands freed resources to waiters first come, first served', async () => {
    const { pool, made } = numberedPool(2);
    const gates = [gate(), gate()];
    const started: string[] = [];
    const run = (name: string, wait?: Gate) =>
      pool.use(async (n) => {
        started.push(`${name}@${n}`);
        await wait?.opened;
        return name;
      });
    const a = run('a', gates[0]);
    const b = run('b', gates[1]);
    const c = run('c');
    const d = run('d');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a@1', 'b@2']);

    gates[1]?.open();
    await Promise.all([b, c, d]);
    expect(started).toEqual(['a@1', 'b@2', 'c@2', 'd@2']);
    gates[0]?.open();
    expect(await a).toBe('a');
    expect(made()).toBe(2);
  });

  it('never runs a task aborted while it waits, and rejects it with the abort reason', async () => {
    const { pool } = numberedPool(1);
    const held = gate();
    const ran: string[] = [];
    const first = pool.use(async () => {
      ran.push('first');
      await held.opened;
    });
    const controller = new AbortController();
    const waiting = pool.use(async () => ran.push('aborted'), controller.signal);
    const after = pool.use(async () => ran.push('after'));
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    held.open();
    await first;
    await after;
    expect(ran).toEqual(['first', 'after']);
  });

  it('never runs a task whose signal aborted before it asked', async () => {
    const { pool, made } = numberedPool(1);
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(pool.use(async () => 'ran', controller.signal)).rejects.toThrow('too late');
    expect(made()).toBe(0);
  });

  it('frees the slot of a resource that could not be created', async () => {
    let calls = 0;
    const pool = new ReadPool<string>({
      size: 1,
      create: async () => {
        calls++;
        if (calls === 1) {
          throw new Error('no connection');
        }
        return 'second try';
      },
      destroy: () => undefined,
    });
    await expect(pool.use(async (r) => r)).rejects.toThrow('no connection');
    expect(await pool.use(async (r) => r)).toBe('second try');
  });

  it('closes after the tasks it took on, destroys every resource and refuses later tasks', async () => {
    const { pool, destroyed } = numberedPool(2);
    const held = gate();
    const running = pool.use(async (n) => (await held.opened, `ran on ${n}`));
    const other = await pool.use(async (n) => n);
    expect(other).toBe(2);
    const closing = pool.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(destroyed).toEqual([]);
    held.open();
    await closing;
    expect(await running).toBe('ran on 1');
    expect([...destroyed].sort()).toEqual([1, 2]);
    await expect(pool.use(async (n) => n)).rejects.toThrow('the read pool is closed');
  });

  it('refuses a size below one', () => {
    expect(() => numberedPool(0)).toThrow('a read pool needs at least one resource, got 0');
  });
});
