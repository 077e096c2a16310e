import { type SqlParam } from '../../store/sql';
import { isCanonicalColumn } from '../sources/columns';
import { type SqlParams } from './sql-params';

type Scalar = string | number | boolean;
export type Filter = Record<string, Scalar | Scalar[]>;

/** Where the filtered columns live: canonical name → quoted SQL column. */
export interface FilterTarget {
  id: string;
  column(canonical: string): string;
}

// `value` is the one numeric canonical column; every other column is compared as text
function comparable(column: string, value: Scalar, sourceId: string): SqlParam {
  if (column !== 'value') {
    return String(value);
  }
  const n = typeof value === 'boolean' ? Number(value) : typeof value === 'number' ? value : Number(value);
  if (typeof value === 'string' && (value.trim() === '' || !Number.isFinite(n))) {
    throw new Error(`filter on "value" of source "${sourceId}" needs numbers, got "${value}"`);
  }
  return n;
}

/** `column = $n` or `column IN ($n, …)` per entry, all to be joined with AND. */
export function filterConditions(filter: Filter | undefined, target: FilterTarget, params: SqlParams): string[] {
  return Object.entries(filter ?? {}).map(([name, wanted]) => {
    if (!isCanonicalColumn(name) || name === 'time') {
      throw new Error(
        `cannot filter source "${target.id}" on "${name}": use one of customer, event, stage, channel, segment, region, value`
      );
    }
    const column = target.column(name);
    const values = (Array.isArray(wanted) ? wanted : [wanted]).map((v) => params.add(comparable(name, v, target.id)));
    return values.length === 1 ? `${column} = ${values.join('')}` : `${column} IN (${values.join(', ')})`;
  });
}

export const allOf = (conditions: string[]): string =>
  conditions.length === 0 ? 'TRUE' : conditions.map((c) => `(${c})`).join(' AND ');
