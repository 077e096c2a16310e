import { numberColumn, type SqlDb } from './sql';

/** Tells whether another process may have written to the store since the last look. */
export interface ChangeWatch {
  /** True when store_changes differs from the last check (and on the first, when nothing was seen yet). */
  check(): Promise<boolean>;
}

export interface ChangeWatchOptions {
  /** Rows older than this are deleted (default 10 minutes). */
  keepMs?: number;
  /** How often one check also prunes (default every minute). */
  pruneEveryMs?: number;
  now?: () => number;
}

/** DuckDB: the file is locked to this process, so nobody else writes. */
export const NO_CHANGES: ChangeWatch = { check: () => Promise.resolve(false) };

/** Counts store_changes rows (migration 5): a commit in any order changes the count, a prune too. */
class PostgresChangeWatch implements ChangeWatch {
  private seen: string | null = null;
  private lastPrune: number;
  // reads one at a time, so an older read never overwrites what a newer one saw
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: SqlDb,
    private readonly keepMs: number,
    private readonly pruneEveryMs: number,
    private readonly now: () => number
  ) {
    this.lastPrune = now();
  }

  check(): Promise<boolean> {
    const next = this.tail.then(
      () => this.read(),
      () => this.read()
    );
    this.tail = next;
    return next;
  }

  private async read(): Promise<boolean> {
    if (this.now() - this.lastPrune >= this.pruneEveryMs) {
      this.lastPrune = this.now();
      await this.db.exec(`DELETE FROM store_changes WHERE at < now() - $1 * interval '1 millisecond'`, [this.keepMs]);
    }
    const [row] = await this.db.query('SELECT count(*) AS n, max(id) AS m FROM store_changes');
    const state = `${numberColumn(row, 'n') ?? 0}:${numberColumn(row, 'm') ?? 0}`;
    const changed = state !== this.seen;
    this.seen = state;
    return changed;
  }
}

/** The watch for a store's database: store_changes on PostgreSQL, never a change on DuckDB. */
export function changeWatch(db: SqlDb, options: ChangeWatchOptions = {}): ChangeWatch {
  if (db.dialect !== 'postgres') {
    return NO_CHANGES;
  }
  return new PostgresChangeWatch(
    db,
    options.keepMs ?? 600_000,
    options.pruneEveryMs ?? 60_000,
    options.now ?? Date.now
  );
}

/**
 * Runs `check` then, when it saw a change, `onChange`; concurrent callers share one run, but never one that
 * started before they called (it could have read before a write their client already saw committed).
 */
export function sharedRefresh(watch: ChangeWatch, onChange: () => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const run: Promise<void> = watch
      .check()
      .then(
        (changed) => changed,
        // unknown whether anything changed: drop the caches rather than risk a stale answer
        () => true
      )
      .then((changed) => {
        if (changed) {
          onChange();
        }
      })
      .finally(() => {
        if (running === run) {
          running = null;
        }
      });
    running = run;
    return run;
  };
  return () => {
    if (queued !== null) {
      return queued;
    }
    if (running === null) {
      return start();
    }
    const after = () => {
      queued = null;
      return start();
    };
    const next = running.then(after, after);
    queued = next;
    return next;
  };
}
