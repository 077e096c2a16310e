import { EVENT_COLUMNS, type EventColumn, isEventColumn } from '../types';

export interface SourceColumn {
  name: string;
  type: string;
}

/** `--map time=ts,customer=account_id` (repeatable) → {time: 'ts', customer: 'account_id'}. */
export function parseMapOptions(values: readonly string[]): Partial<Record<EventColumn, string>> {
  const map: Partial<Record<EventColumn, string>> = {};
  for (const item of values.flatMap((v) => v.split(','))) {
    const [column = '', source = ''] = item.split('=').map((s) => s.trim());
    if (!isEventColumn(column) || source === '') {
      throw new Error(
        `--map takes <event column>=<file column> with an event column of ${EVENT_COLUMNS.join(', ')}; got "${item}"`
      );
    }
    map[column] = source;
  }
  return map;
}

/** Event column → the file's column: `--map` first, else the same name (any case); missing optional columns are null. */
export function mapColumns(
  source: readonly SourceColumn[],
  map: Partial<Record<EventColumn, string>>
): Map<EventColumn, SourceColumn> {
  const names = source.map((c) => c.name).join(', ');
  const mapped = new Map<EventColumn, SourceColumn>();
  for (const column of EVENT_COLUMNS) {
    const wanted = map[column];
    const found =
      wanted === undefined
        ? source.find((c) => c.name.trim().toLowerCase() === column)
        : (source.find((c) => c.name === wanted) ?? source.find((c) => c.name.toLowerCase() === wanted.toLowerCase()));
    if (wanted !== undefined && found === undefined) {
      throw new Error(`--map ${column}=${wanted}: the file has no column "${wanted}" (it has ${names})`);
    }
    if (found !== undefined) {
      mapped.set(column, found);
    } else if (column === 'time' || column === 'event') {
      throw new Error(`the file has no "${column}" column (it has ${names}): name one with --map ${column}=<column>`);
    }
  }
  return mapped;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/** The SELECT expression that hands a column to the JS validator as a number (epoch ms / value) or text. */
export function selectExpression(column: EventColumn, source: SourceColumn | undefined): string {
  if (source === undefined) {
    return 'NULL';
  }
  const id = quoteIdent(source.name);
  const type = source.type.toUpperCase();
  if (column === 'time') {
    if (type === 'TIMESTAMP WITH TIME ZONE') {
      return `CAST(epoch_ms(${id}) AS DOUBLE)`;
    }
    if (type.startsWith('TIMESTAMP') || type === 'DATE') {
      // a time without zone is UTC, as in NDJSON
      return `CAST(epoch_ms(CAST(${id} AS TIMESTAMP)) AS DOUBLE)`;
    }
  }
  if ((column === 'time' || column === 'value') && NUMERIC.test(type)) {
    return `CAST(${id} AS DOUBLE)`;
  }
  return `CAST(${id} AS VARCHAR)`;
}
