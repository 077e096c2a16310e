import { type FunnelEvent, type FunnelFilter, type FunnelValue } from './types';

/** As the SQL engines compare: `value` as a number, every other column as text; a missing value never matches. */
function equals(column: string, actual: FunnelValue | undefined, wanted: string | number | boolean): boolean {
  if (actual === null || actual === undefined) {
    return false;
  }
  if (column === 'value') {
    return Number(actual) === (typeof wanted === 'boolean' ? Number(wanted) : Number(wanted));
  }
  return String(actual) === String(wanted);
}

/** The event meets every column of the filter (one of the values where a list is given). */
export function matches(event: FunnelEvent, filter: FunnelFilter): boolean {
  return Object.entries(filter).every(([column, wanted]) =>
    (Array.isArray(wanted) ? wanted : [wanted]).some((w) => equals(column, event[column], w))
  );
}

/** The step's event carries the entry event's value of each column (missing equals missing). */
export function sameValues(event: FunnelEvent, entry: FunnelEvent, columns: readonly string[]): boolean {
  return columns.every((c) => (event[c] ?? null) === (entry[c] ?? null));
}
