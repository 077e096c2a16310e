import { createHash } from 'node:crypto';
import { numberColumn, type SqlDb, type SqlExecutor, stringColumn } from '../store/sql';
import { maintainRollups, nextIngest } from '../values/rollups/rollup-store';
import { INSERT_BATCH, insertEventBatch } from './insert';
import { type EventRow } from './types';

/** A batch id (the `Idempotency-Key` of POST /api/v1/events): letters, digits and `.:-`, at most 200. */
export const BATCH_ID = /^[A-Za-z0-9][A-Za-z0-9.:-]{0,199}$/;

/** The same rows in the same order give the same hash, however the NDJSON was spaced. */
export function rowsHash(rows: readonly EventRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    hash.update(JSON.stringify(row)).update('\n');
  }
  return hash.digest('hex');
}

export interface LandedBatch {
  id: string;
  /** Rows of this batch in the store. */
  rows: number;
  /** True when the batch had already landed, so this call stored nothing. */
  duplicate: boolean;
}

/** A batch that reuses a landed batch's id with other rows. */
export class BatchConflictError extends Error {
  override readonly name = 'BatchConflictError';

  constructor(
    readonly id: string,
    rows: number
  ) {
    super(`batch ${id} already landed with ${rows} other rows: a retried batch must send the same rows`);
  }
}

/**
 * Records the batch id inside the caller's transaction; true when it is new. A concurrent writer of the same id
 * waits on the key (PostgreSQL) or the store lock (DuckDB) and then sees it.
 */
export async function claimBatch(tx: SqlExecutor, id: string, rows: readonly EventRow[]): Promise<LandedBatch> {
  const hash = rowsHash(rows);
  const claimed = await tx.query(
    `INSERT INTO event_batches (id, row_count, rows_hash, landed_at) VALUES ($1, $2, $3, current_timestamp)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [id, rows.length, hash]
  );
  if (claimed.length > 0) {
    return { id, rows: rows.length, duplicate: false };
  }
  const [row] = await tx.query('SELECT row_count, rows_hash FROM event_batches WHERE id = $1', [id]);
  const landed = numberColumn(row, 'row_count') ?? 0;
  if (stringColumn(row, 'rows_hash') !== hash) {
    throw new BatchConflictError(id, landed);
  }
  return { id, rows: landed, duplicate: true };
}

/** Stores a batch of validated rows and its id in one transaction, unless that id has landed already. */
export function landBatch(db: SqlDb, id: string, rows: readonly EventRow[]): Promise<LandedBatch> {
  return db.transaction(async (tx) => {
    const batch = await claimBatch(tx, id, rows);
    if (batch.duplicate || rows.length === 0) {
      return batch;
    }
    const ingest = await nextIngest(tx);
    for (let at = 0; at < rows.length; at += INSERT_BATCH) {
      await insertEventBatch(tx, db.dialect, rows.slice(at, at + INSERT_BATCH), ingest);
    }
    await maintainRollups(tx, db.dialect, ingest);
    return batch;
  });
}

/** Landed batches whose id starts with `prefix`, with their row counts. */
export async function landedBatches(db: SqlExecutor, prefix: string): Promise<Map<string, number>> {
  const rows = await db.query(
    'SELECT id, row_count FROM event_batches WHERE left(id, length(CAST($1 AS TEXT))) = CAST($1 AS TEXT) ORDER BY id',
    [prefix]
  );
  return new Map(rows.map((r) => [stringColumn(r, 'id') ?? '', numberColumn(r, 'row_count') ?? 0]));
}
