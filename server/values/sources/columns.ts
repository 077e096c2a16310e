import { CANONICAL_COLUMNS, type SourceSpec } from '../../../core/schema/source';
import { ValueEngineError } from '../engine/errors';
import { quoteIdentifier } from './identifiers';

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export function isCanonicalColumn(name: string): name is CanonicalColumn {
  return CANONICAL_COLUMNS.some((c) => c === name);
}

/**
 * Maps canonical event columns to quoted columns of a source's table. Every mapped name is validated
 * up front, so a bad mapping fails when the source is resolved rather than in the middle of a query.
 */
export function columnMapper(sourceId: string, columns: SourceSpec['columns']): (canonical: string) => string {
  const quoted = new Map<string, string>();
  for (const canonical of CANONICAL_COLUMNS) {
    const name = columns?.[canonical] ?? canonical;
    quoted.set(canonical, quoteIdentifier(name, `column for "${canonical}" of source "${sourceId}"`));
  }
  return (canonical) => {
    const column = quoted.get(canonical);
    if (column === undefined) {
      throw new ValueEngineError(
        'invalid-request',
        `unknown column "${canonical}" on source "${sourceId}": use one of ${CANONICAL_COLUMNS.join(', ')}`
      );
    }
    return column;
  };
}
