import { DUCKDB_MEMORY, openDuckDb } from './duckdb-db';
import { type SqlDb } from './sql';

// runs for minutes unless interrupted
const LONG_READ = 'SELECT sum(a.i * b.i) AS n FROM range(100000) a(i), range(1000000) b(i)';

interface Tracked<T> {
  promise: Promise<T>;
  settled: () => boolean;
}

function track<T>(promise: Promise<T>): Tracked<T> {
  let done = false;
  const settle = () => {
    done = true;
  };
  promise.then(settle, settle);
  return { promise, settled: () => done };
}

// opens `readers` connections, so that a later read starts on one without waiting for it to be created
async function warm(db: SqlDb, readers: number): Promise<void> {
  await Promise.all(Array.from({ length: readers }, () => db.query('SELECT 1')));
}

// lets every pending promise step run, so that a read given an idle connection is running on it
function settleMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function longRead(db: SqlDb) {
  const controller = new AbortController();
  const read = track(db.query(LONG_READ, [], { signal: controller.signal }));
  return { ...read, stop: () => controller.abort(new Error('stop')) };
}

describe('DuckDB store reads on parallel connections', () => {
  let db: SqlDb;

  afterEach(async () => {
    await db.close();
  });

  it('answers a read while another read is still running', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 2 });
    await warm(db, 2);
    const long = longRead(db);
    await settleMicrotasks();
    await expect(db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    expect(long.settled()).toBe(false);
    long.stop();
    await expect(long.promise).rejects.toThrow(/interrupt/i);
  });

  it('interrupts only the aborted read; the other long read keeps running and the freed connection serves', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 2 });
    await warm(db, 2);
    const first = longRead(db);
    const second = longRead(db);
    await settleMicrotasks();
    first.stop();
    await expect(first.promise).rejects.toThrow(/interrupt/i);
    await expect(db.query('SELECT 2 AS two')).resolves.toEqual([{ two: 2 }]);
    expect(second.settled()).toBe(false);
    second.stop();
    await expect(second.promise).rejects.toThrow(/interrupt/i);
    await expect(db.query('SELECT 3 AS three')).resolves.toEqual([{ three: 3 }]);
  });

  it('never runs a read aborted while it waits for a busy connection', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 1 });
    await db.exec('CREATE TABLE marks (mark VARCHAR)');
    await warm(db, 1);
    const long = longRead(db);
    const controller = new AbortController();
    const waiting = db.query("INSERT INTO marks VALUES ('ran') RETURNING mark", [], { signal: controller.signal });
    const queuedAfter = db.query('SELECT count(*)::INTEGER AS n FROM marks');
    await settleMicrotasks();
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect(long.settled()).toBe(false);
    long.stop();
    await expect(long.promise).rejects.toThrow(/interrupt/i);
    await expect(queuedAfter).resolves.toEqual([{ n: 0 }]);
  });

  it('sees what an exec or a transaction committed as soon as it resolves', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 3 });
    await db.exec('CREATE TABLE t (x INTEGER)');
    await db.exec('INSERT INTO t VALUES (1)');
    await expect(db.query('SELECT sum(x)::INTEGER AS s FROM t')).resolves.toEqual([{ s: 1 }]);
    await db.transaction(async (tx) => {
      await tx.exec('INSERT INTO t VALUES (10)');
      await tx.exec('INSERT INTO t VALUES (100)');
    });
    await expect(db.query('SELECT sum(x)::INTEGER AS s FROM t')).resolves.toEqual([{ s: 111 }]);
  });

  it('does not wait for an open transaction, nor see its uncommitted rows', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 2 });
    await db.exec('CREATE TABLE t (x INTEGER)');
    await db.exec('INSERT INTO t VALUES (1)');
    let readDuringTransaction: unknown;
    await db.transaction(async (tx) => {
      await tx.exec('INSERT INTO t VALUES (2)');
      await expect(tx.query('SELECT count(*)::INTEGER AS n FROM t')).resolves.toEqual([{ n: 2 }]);
      // the transaction stays open until this read resolves: a read queued behind it would never resolve
      readDuringTransaction = await db.query('SELECT count(*)::INTEGER AS n FROM t');
    });
    expect(readDuringTransaction).toEqual([{ n: 1 }]);
    await expect(db.query('SELECT count(*)::INTEGER AS n FROM t')).resolves.toEqual([{ n: 2 }]);
  });

  it('does not see rows of a transaction that rolled back', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 2 });
    await db.exec('CREATE TABLE t (x INTEGER)');
    const failing = db.transaction(async (tx) => {
      await tx.exec('INSERT INTO t VALUES (5)');
      throw new Error('import failed');
    });
    await expect(failing).rejects.toThrow('import failed');
    await expect(db.query('SELECT count(*)::INTEGER AS n FROM t')).resolves.toEqual([{ n: 0 }]);
  });

  it('lets reads taken on finish when closed, then refuses reads', async () => {
    db = await openDuckDb(DUCKDB_MEMORY, { readers: 1 });
    const first = db.query('SELECT 41 + 1 AS n');
    const queued = db.query('SELECT 6 * 7 AS n');
    await db.close();
    await expect(first).resolves.toEqual([{ n: 42 }]);
    await expect(queued).resolves.toEqual([{ n: 42 }]);
    await expect(db.query('SELECT 1 AS one')).rejects.toThrow('the DuckDB store is closed');
    await expect(db.exec('SELECT 1')).rejects.toThrow('the DuckDB store is closed');
  });
});
