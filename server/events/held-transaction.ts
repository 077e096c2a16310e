import { type SqlDb, type SqlExecutor } from '../store/sql';

class RolledBack extends Error {}

/** A transaction kept open across awaits: statements go through `tx`, it ends with commit() or rollback(). */
export class HeldTransaction {
  private ended = false;

  private constructor(
    readonly tx: SqlExecutor,
    private readonly decide: (commit: boolean) => void,
    private readonly done: Promise<void>
  ) {}

  static async begin(db: SqlDb): Promise<HeldTransaction> {
    let decide: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolve) => (decide = resolve));
    let started: (tx: SqlExecutor) => void = () => undefined;
    const ready = new Promise<SqlExecutor>((resolve) => (started = resolve));
    const done = db.transaction(async (tx) => {
      started(tx);
      if (!(await decided)) {
        throw new RolledBack('rolled back');
      }
    });
    const ended = done.then(() => {
      throw new Error('the transaction ended before it began');
    });
    const tx = await Promise.race([ready, ended]);
    // from here on `done` is awaited by commit() or rollback()
    ended.catch(() => undefined);
    return new HeldTransaction(tx, decide, done);
  }

  async commit(): Promise<void> {
    this.end(true);
    await this.done;
  }

  async rollback(): Promise<void> {
    this.end(false);
    await this.done.catch((err: unknown) => {
      if (!(err instanceof RolledBack)) {
        throw err;
      }
    });
  }

  private end(commit: boolean): void {
    if (this.ended) {
      throw new Error('the transaction has already ended');
    }
    this.ended = true;
    this.decide(commit);
  }
}
