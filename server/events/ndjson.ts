import { EventInputError, parseEventRecord } from './validate';
import { type EventRow } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One JSON object per line (blank lines skipped); the first bad line throws EventInputError naming it. */
export function parseNdjsonEvents(text: string, firstLine = 1): EventRow[] {
  const rows: EventRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      continue;
    }
    const where = `line ${firstLine + i}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new EventInputError(where, 'json', err instanceof Error ? err.message : String(err));
    }
    if (!isRecord(parsed)) {
      throw new EventInputError(where, 'json', 'each line must be one JSON object');
    }
    rows.push(parseEventRecord(parsed, where));
  }
  return rows;
}

/** The NDJSON line for a row, time as epoch milliseconds. */
export function toNdjsonLine(row: EventRow): string {
  return JSON.stringify(row);
}
