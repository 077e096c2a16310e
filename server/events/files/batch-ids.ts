import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type EventColumn, type EventRow } from '../types';

/** Rows per import batch, locally and to a server: batch ids depend on it, so it is fixed. */
export const IMPORT_BATCH = 10_000;

/** SHA-256 of the file's bytes, streamed. */
export async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk);
  }
  return hash.digest('hex');
}

/**
 * The id prefix of a file's batches: its content hash with what shapes the rows (column map, format, batch
 * size). Batch ids are the prefix plus the batch's first row offset (`f-<32 hex>-20000`).
 */
export async function batchPrefix(
  path: string,
  shape: { map: Partial<Record<EventColumn, string>>; format: string; batchSize: number }
): Promise<string> {
  const map = Object.entries(shape.map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const options = JSON.stringify({ map, format: shape.format, batchSize: shape.batchSize });
  const digest = createHash('sha256')
    .update(`${await fileHash(path)}\n${options}`)
    .digest('hex');
  return `f-${digest.slice(0, 32)}-`;
}

/** Regroups chunks of rows into batches of exactly `size` rows (the last one shorter), with their offsets. */
export async function* batchesOf(
  chunks: AsyncIterable<EventRow[]>,
  size: number
): AsyncGenerator<{ offset: number; rows: EventRow[] }> {
  let offset = 0;
  let rows: EventRow[] = [];
  for await (const chunk of chunks) {
    for (const row of chunk) {
      rows.push(row);
      if (rows.length === size) {
        yield { offset, rows };
        offset += size;
        rows = [];
      }
    }
  }
  if (rows.length > 0) {
    yield { offset, rows };
  }
}
