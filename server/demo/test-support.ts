import { createHash } from 'node:crypto';
import { type EventRow } from '../events/types';
import { type DemoOptions, DemoSummary, generateDemo } from './generate';

/** A fixed end (Sunday 2026-11-22, midnight UTC) so tests do not depend on today. */
export const TEST_END = Date.UTC(2026, 10, 22);

export function generateAll(options: Partial<DemoOptions> = {}): { rows: EventRow[]; summary: DemoSummary } {
  const summary = new DemoSummary();
  const rows: EventRow[] = [];
  for (const day of generateDemo({ events: 20_000, seed: 'test', end: TEST_END, ...options }, summary)) {
    rows.push(...day);
  }
  return { rows, summary };
}

/** SHA-256 of every 97th row: the same data gives the same checksum. */
export function sampleChecksum(rows: readonly EventRow[]): string {
  const hash = createHash('sha256');
  for (let i = 0; i < rows.length; i += 97) {
    hash.update(JSON.stringify(rows[i]));
  }
  return hash.digest('hex');
}

export type Filter = Record<string, string | number | boolean | Array<string | number | boolean>>;

/** A measure filter as the engines read it: every column equals the value or one of the listed values. */
export function matches(row: EventRow, filter: Filter): boolean {
  return Object.entries(filter).every(([column, wanted]) => {
    const actual: unknown = Reflect.get(row, column);
    return (Array.isArray(wanted) ? wanted : [wanted]).some((w) => actual === w);
  });
}
