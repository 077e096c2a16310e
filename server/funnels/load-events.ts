import { HOLDABLE_COLUMNS } from '../../core/schema/journey';
import { type FunnelEvent, type FunnelFilter } from '../../core/funnel';
import { allOf, filterConditions } from '../values/measure/filters';
import { numberColumn, stringColumn } from '../store/sql';
import { measureDialect } from '../values/measure/dialect';
import { SqlParams } from '../values/measure/sql-params';
import { type ResolvedSource } from '../values/types';

/** The source's own row order, for ties in time: DuckDB's rowid, PostgreSQL's physical position. */
const rowOrder = (source: ResolvedSource) => (source.engine === 'duckdb' ? 'rowid' : 'ctid');

/**
 * Every event of a customer with a time in [from, through] (through inclusive), ordered by customer, time and
 * the source's row order: all a funnel over attempts entering in [from, to) can use when through = to + W.
 */
export async function loadFunnelEvents(
  source: ResolvedSource,
  range: { from: number; through: number },
  wanted: readonly string[],
  signal?: AbortSignal,
  only?: readonly FunnelFilter[]
): Promise<FunnelEvent[]> {
  // the event columns besides customer and time (the ones a journey can hold constant)
  const read = HOLDABLE_COLUMNS.filter((c) => wanted.includes(c));
  const params = new SqlParams();
  const d = measureDialect(source.engine);
  const time = source.column('time');
  const customer = source.column('customer');
  const columns = [
    `CAST(${customer} AS TEXT) AS customer`,
    `CAST(${d.epochMs(time)} AS BIGINT) AS t`,
    ...read.map((c) => `CAST(${source.column(c)} AS ${c === 'value' ? 'DOUBLE PRECISION' : 'TEXT'}) AS ${c}`),
  ];
  const matching = only === undefined ? null : anyOf(only, source, params);
  const sql = [
    `SELECT ${columns.join(', ')} FROM ${source.table}`,
    `WHERE ${customer} IS NOT NULL AND ${time} >= ${params.timestamp(range.from)} AND ${time} <= ${params.timestamp(range.through)}`,
    ...(matching === null ? [] : [`AND (${matching})`]),
    `ORDER BY ${customer}, ${time}, ${rowOrder(source)}`,
  ].join('\n');
  const rows = await source.db.query(sql, params.values, signal === undefined ? {} : { signal });
  return rows.map((row) => {
    const event: FunnelEvent = { customer: stringColumn(row, 'customer') ?? '', time: numberColumn(row, 't') ?? 0 };
    for (const c of read) {
      event[c] = c === 'value' ? numberColumn(row, c) : stringColumn(row, c);
    }
    return event;
  });
}

/** Events meeting any of the filters, as SQL; null when one cannot be said in SQL (then every event is read). */
function anyOf(filters: readonly FunnelFilter[], source: ResolvedSource, params: SqlParams): string | null {
  if (filters.some((f) => Object.values(f).some((w) => Array.isArray(w) && w.length === 0))) {
    return null;
  }
  const mark = params.values.length;
  try {
    return filters.map((f) => `(${allOf(filterConditions(f, source, params))})`).join(' OR ') || 'FALSE';
  } catch {
    params.values.length = mark;
    return null;
  }
}
