import { type SqlDb, type SqlExecutor } from '../store/sql';
import { clearRollups, maintainRollups, nextIngest } from '../values/rollups/rollup-store';
import { claimBatch } from './batches';
import { HeldTransaction } from './held-transaction';
import { INSERT_BATCH, insertEventBatch } from './insert';
import { type EventRow, type EventSink } from './types';

/**
 * Writes events into the store's `events` table in ONE transaction: nothing is visible before close(), and abort()
 * (or any failed batch) leaves the table as it was. One batch is in flight while the caller prepares the next.
 * With `replace`, the same transaction first deletes every event (and landed batch id) already there.
 */
export class StoreEventSink implements EventSink {
  private buffer: EventRow[] = [];
  private hold: HeldTransaction | null = null;
  private ingest = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private written = 0;
  private finished = false;

  constructor(
    private readonly db: SqlDb,
    private readonly options: { batchSize?: number; replace?: boolean } = {}
  ) {}

  async append(rows: readonly EventRow[], batchId?: string): Promise<void> {
    this.usable();
    if (batchId !== undefined) {
      await this.flush();
      this.buffer = [...rows];
      return this.flush(batchId);
    }
    for (const row of rows) {
      this.buffer.push(row);
      if (this.buffer.length >= (this.options.batchSize ?? INSERT_BATCH)) {
        await this.flush();
      }
    }
  }

  async close(): Promise<number> {
    this.usable();
    await this.flush();
    await this.inFlight;
    this.finished = true;
    if (this.failure !== null) {
      await this.hold?.rollback();
      throw this.failure;
    }
    const hold = this.hold ?? (this.options.replace ? await this.begin() : null);
    if (hold !== null && this.written > 0) {
      await maintainRollups(hold.tx, this.db.dialect, this.ingest);
    }
    await hold?.commit();
    return this.written;
  }

  async abort(): Promise<void> {
    if (this.finished) {
      return;
    }
    this.finished = true;
    this.buffer = [];
    await this.inFlight;
    await this.hold?.rollback();
  }

  private async begin(): Promise<HeldTransaction> {
    const hold = await HeldTransaction.begin(this.db);
    this.hold = hold;
    this.ingest = await nextIngest(hold.tx);
    if (this.options.replace) {
      await hold.tx.exec('DELETE FROM events');
      await clearRollups(hold.tx, this.db.dialect);
      await hold.tx.exec('DELETE FROM event_batches');
    }
    return hold;
  }

  private usable(): void {
    if (this.finished) {
      throw new Error('the event sink is closed');
    }
  }

  private async flush(batchId?: string): Promise<void> {
    await this.inFlight;
    if (this.failure !== null) {
      await this.abort();
      throw this.failure;
    }
    if (this.buffer.length === 0) {
      return;
    }
    const batch = this.buffer;
    this.buffer = [];
    const { tx } = this.hold ?? (await this.begin());
    this.inFlight = this.insert(tx, batch, batchId).then(
      (n) => void (this.written += n),
      (err: unknown) => void (this.failure = err)
    );
  }

  /** Rows inserted: none when the batch id has landed already. */
  private async insert(tx: SqlExecutor, batch: EventRow[], batchId: string | undefined): Promise<number> {
    if (batchId !== undefined && (await claimBatch(tx, batchId, batch)).duplicate) {
      return 0;
    }
    await insertEventBatch(tx, this.db.dialect, batch, this.ingest);
    return batch.length;
  }
}

/** Inserts rows in one transaction (all or nothing); resolves with how many. */
export async function insertEvents(db: SqlDb, rows: readonly EventRow[]): Promise<number> {
  const sink = new StoreEventSink(db);
  try {
    await sink.append(rows);
    return await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
}
