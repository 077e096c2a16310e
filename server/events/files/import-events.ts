import { errorMessage } from '../../error-message';
import { type Progress, silentProgress } from '../progress';
import { type DataTarget } from '../target/data-target';
import { type EventColumn } from '../types';
import { batchesOf, batchPrefix, IMPORT_BATCH } from './batch-ids';
import { EventFile, type FileFormat, formatOf } from './event-file';

export interface ImportEventsOptions {
  map?: Partial<Record<EventColumn, string>>;
  format?: FileFormat;
  progress?: Progress;
  /** Told when a server target needs a first pass that validates the whole file before anything is sent. */
  onCheck?: (rows: number) => void;
  /** Told how many of the file's rows are in the target, each time that grows. */
  onLanded?: (landed: number, total: number) => void;
  /** Skip the batches of this file that have landed before (otherwise they make the import fail). */
  resume?: boolean;
}

export interface ImportEventsResult {
  imported: number;
  /** Rows of batches that had landed before (with resume). */
  skipped: number;
  ms: number;
  ignored: string[];
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** The import stopped; `landed` rows of the file's `total` are in the target, and a resume sends the rest. */
export class ImportInterruptedError extends Error {
  override readonly name = 'ImportInterruptedError';

  constructor(
    readonly reason: unknown,
    readonly landed: number,
    readonly total: number
  ) {
    super(errorMessage(reason));
  }
}

/** Batches of the file have landed before and `resume` was not asked for; nothing was sent. */
export class AlreadyImportedError extends Error {
  override readonly name = 'AlreadyImportedError';

  constructor(landed: number, total: number, where: string) {
    const rows = `${fmt(landed)} of its ${fmt(total)} rows`;
    super(`this file was imported before (${rows} are in ${where}): pass --resume to import only the rest`);
  }
}

async function drain(file: EventFile): Promise<void> {
  for await (const rows of file.rows()) {
    void rows;
  }
}

const sum = (counts: Iterable<number>): number => [...counts].reduce((a, b) => a + b, 0);

/**
 * Validates and writes an events file in batches whose ids come from the file's content hash and row offset, so
 * no batch lands twice. A local store gets one transaction (all or nothing). A server gets one request per
 * batch, so the whole file is validated first; after an interruption, `resume` sends only the missing batches.
 */
export async function importEventFile(
  target: DataTarget,
  path: string,
  options: ImportEventsOptions = {}
): Promise<ImportEventsResult> {
  const started = performance.now();
  const format = options.format ?? formatOf(path);
  const file = await EventFile.open(path, options.map ?? {}, format);
  const progress = options.progress ?? silentProgress;
  let landed = 0;
  let shown = false;
  try {
    const prefix = await batchPrefix(path, { map: options.map ?? {}, format, batchSize: IMPORT_BATCH });
    const before = await target.landedBatches(prefix);
    const skipped = sum(before.values());
    landed = skipped;
    if (before.size > 0 && !options.resume) {
      throw new AlreadyImportedError(skipped, file.total, target.where);
    }
    options.onLanded?.(landed, file.total);
    if (!target.atomic) {
      await drain(file);
      options.onCheck?.(file.total);
    }
    const sink = await target.eventSink();
    progress.start(file.total);
    shown = true;
    let done = 0;
    try {
      for await (const batch of batchesOf(file.rows(), IMPORT_BATCH)) {
        const id = `${prefix}${batch.offset}`;
        if (!before.has(id)) {
          await sink.append(batch.rows, id);
          landed += target.atomic ? 0 : batch.rows.length;
          options.onLanded?.(landed, file.total);
        }
        done += batch.rows.length;
        progress.update(done);
      }
      const imported = await sink.close();
      options.onLanded?.(file.total, file.total);
      return { imported, skipped, ms: performance.now() - started, ignored: file.ignored };
    } catch (err) {
      await sink.abort();
      throw err;
    }
  } catch (err) {
    throw err instanceof AlreadyImportedError ? err : new ImportInterruptedError(err, landed, file.total);
  } finally {
    if (shown) {
      progress.stop();
    }
    file.close();
  }
}
