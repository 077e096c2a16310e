import { FILTER_COLUMNS, isFilterColumn, type QueryFilter } from '../../../core/query/columns';
import { type DimensionFilter } from '../types';
import { ValueEngineError } from './errors';

export { FILTER_COLUMNS, isFilterColumn, type FilterColumn, type QueryFilter } from '../../../core/query/columns';

/**
 * Columns in sorted order, each with its values sorted and without repeats, so equal filters compare
 * (and cache) alike; undefined when nothing is filtered. Refuses other columns and empty lists.
 */
export function normaliseFilter(filter: QueryFilter | undefined): DimensionFilter | undefined {
  const entries = Object.entries(filter ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const normal: DimensionFilter = {};
  for (const [column, wanted] of entries) {
    if (!isFilterColumn(column)) {
      throw new ValueEngineError('invalid-request', `cannot filter on "${column}": use ${FILTER_COLUMNS.join(', ')}`);
    }
    if (wanted === undefined) {
      continue;
    }
    const values = [...new Set(Array.isArray(wanted) ? wanted : [wanted])].sort();
    if (values.length === 0) {
      throw new ValueEngineError(
        'invalid-request',
        `the filter on ${column} has no values: give at least one or leave ${column} out`
      );
    }
    normal[column] = values;
  }
  return Object.keys(normal).length === 0 ? undefined : normal;
}
