import { type Progress, silentProgress } from '../progress';
import { type DataTarget } from '../target/data-target';
import { type EventColumn } from '../types';
import { EventFile, type FileFormat, formatOf } from './event-file';

export interface ImportEventsOptions {
  map?: Partial<Record<EventColumn, string>>;
  format?: FileFormat;
  progress?: Progress;
  /** Told when a server target needs a first pass that validates the whole file before anything is sent. */
  onCheck?: (rows: number) => void;
}

export interface ImportEventsResult {
  imported: number;
  ms: number;
  ignored: string[];
}

async function drain(file: EventFile): Promise<void> {
  for await (const rows of file.rows()) {
    void rows;
  }
}

/**
 * Validates and writes an events file. A local store gets one transaction (all or nothing). A server gets NDJSON
 * batches, each its own transaction, so the whole file is validated first: a bad row then stops everything.
 */
export async function importEventFile(
  target: DataTarget,
  path: string,
  options: ImportEventsOptions = {}
): Promise<ImportEventsResult> {
  const started = performance.now();
  const file = await EventFile.open(path, options.map ?? {}, options.format ?? formatOf(path));
  const progress = options.progress ?? silentProgress;
  try {
    if (!target.atomic) {
      await drain(file);
      options.onCheck?.(file.total);
    }
    const sink = await target.eventSink();
    progress.start(file.total);
    let done = 0;
    try {
      for await (const rows of file.rows()) {
        await sink.append(rows);
        done += rows.length;
        progress.update(done);
      }
      const imported = await sink.close();
      return { imported, ms: performance.now() - started, ignored: file.ignored };
    } catch (err) {
      await sink.abort();
      throw err;
    }
  } finally {
    progress.stop();
    file.close();
  }
}
