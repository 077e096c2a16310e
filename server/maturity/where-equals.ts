import { type SqlParam } from '../store/sql';

/** `WHERE a = $1 AND b = $2` for the given columns that have a value, with its parameters ('' when none has). */
export function whereEquals(columns: ReadonlyArray<readonly [string, SqlParam | undefined]>): {
  clause: string;
  params: SqlParam[];
} {
  const params: SqlParam[] = [];
  const where: string[] = [];
  for (const [column, value] of columns) {
    if (value !== undefined) {
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
  }
  return { clause: where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`, params };
}
