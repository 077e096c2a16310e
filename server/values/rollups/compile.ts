import { type SqlDialect, type SqlParam } from '../../store/sql';
import { type BucketGrid } from '../engine/buckets';
import { bucketSql } from '../measure/bucket-sql';
import { measureDialect } from '../measure/dialect';
import { allOf, filterConditions } from '../measure/filters';
import { SqlParams } from '../measure/sql-params';
import { calcColumn, type RollupCalc } from './calc';
import { mergeOf, mergeSelects, STATE_COLUMNS, stateSql } from './states';

export interface Compiled {
  sql: string;
  params: SqlParam[];
}

const target = (calc: RollupCalc) => ({ id: 'events', column: (name: string) => calcColumn(calc, name) });

/** The state selects and WHERE conditions of a calc over the events table (plus `extra` conditions). */
function stateParts(calc: RollupCalc, dialect: SqlDialect, params: SqlParams) {
  const t = target(calc);
  const state = stateSql(calc.aggregate, {
    field: calc.field === undefined ? null : calcColumn(calc, calc.field),
    dialect: measureDialect(dialect),
    numerator: allOf(filterConditions(calc.numerator, t, params)),
    denominator: allOf(filterConditions(calc.denominator, t, params)),
  });
  const where = filterConditions(calc.filter, t, params);
  if (state.where !== undefined) {
    where.push(state.where);
  }
  return { state, where, time: calcColumn(calc, 'time'), d: measureDialect(dialect) };
}

/**
 * Adds the states of the calc's events to kpi_rollups, slot by slot: all events (a build) or those of one
 * ingest (maintenance). Sums add and extremes keep the extreme, so concurrent ingests commute.
 */
export function compileUpsert(calc: RollupCalc, dialect: SqlDialect, ingest?: number): Compiled {
  const params = new SqlParams();
  const { state, where, time, d } = stateParts(calc, dialect, params);
  const id = params.add(calc.id);
  if (ingest !== undefined) {
    where.push(`ingest = ${params.add(ingest)}`);
  }
  const slot = `CAST(floor(${d.epochMs(time)} / ${calc.slotMs}) * ${calc.slotMs} AS BIGINT)`;
  const merge = (c: string) =>
    c === 's1' && state.merge !== 'sum'
      ? `${c} = ${state.merge === 'min' ? 'least' : 'greatest'}(kpi_rollups.${c}, excluded.${c})`
      : `${c} = CASE WHEN kpi_rollups.${c} IS NULL THEN excluded.${c} WHEN excluded.${c} IS NULL THEN kpi_rollups.${c} ELSE kpi_rollups.${c} + excluded.${c} END`;
  const sql = [
    `INSERT INTO kpi_rollups (calc, slot, ${STATE_COLUMNS.join(', ')})`,
    `SELECT ${id}, ${slot}, ${STATE_COLUMNS.map((c) => state.selects[c]).join(', ')}`,
    `FROM events WHERE ${allOf(where)} GROUP BY 2`,
    `ON CONFLICT (calc, slot) DO UPDATE SET ${STATE_COLUMNS.map(merge).join(', ')}`,
  ].join('\n');
  return { sql, params: params.values };
}

/** Merged states per grid bucket of the slots in [from, to) (slot-aligned, within the grid). */
export function compileRead(calc: RollupCalc, grid: BucketGrid, from: number, to: number): Compiled {
  const params = new SqlParams();
  const merge = mergeOf(calc.aggregate);
  const sql = [
    `SELECT ${bucketSql('slot', grid)} AS bucket, ${mergeSelects(merge).join(', ')}`,
    `FROM kpi_rollups WHERE calc = ${params.add(calc.id)} AND slot >= ${params.add(from)} AND slot < ${params.add(to)}`,
    'GROUP BY 1 ORDER BY 1',
  ].join('\n');
  return { sql, params: params.values };
}

/** States per grid bucket straight from the events in [from, to): the parts of a range no slot covers whole. */
export function compileRawStates(
  calc: RollupCalc,
  dialect: SqlDialect,
  grid: BucketGrid,
  from: number,
  to: number
): Compiled {
  const params = new SqlParams();
  const { state, where, time, d } = stateParts(calc, dialect, params);
  where.push(`${time} >= ${params.timestamp(from)}`, `${time} < ${params.timestamp(to)}`);
  const sql = [
    `SELECT ${bucketSql(d.epochMs(time), grid)} AS bucket, ${STATE_COLUMNS.map((c) => `${state.selects[c]} AS ${c}`).join(', ')}`,
    `FROM events WHERE ${allOf(where)} GROUP BY 1 ORDER BY 1`,
  ].join('\n');
  return { sql, params: params.values };
}
