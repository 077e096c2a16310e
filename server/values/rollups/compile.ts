import { type SqlDialect, type SqlParam } from '../../store/sql';
import { type BucketGrid } from '../engine/buckets';
import { bucketSql } from '../measure/bucket-sql';
import { measureDialect } from '../measure/dialect';
import { allOf, filterConditions } from '../measure/filters';
import { SqlParams } from '../measure/sql-params';
import { calcColumn, type RollupCalc } from './calc';
import { type Merge, mergeOf, mergeSelects, STATE_COLUMNS, stateSelects, stateSql } from './states';

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

/** Adds the states of all the calc's events to kpi_rollups, slot by slot (a build). */
export function compileUpsert(calc: RollupCalc, dialect: SqlDialect): Compiled {
  const params = new SqlParams();
  const { state, where, time, d } = stateParts(calc, dialect, params);
  const selects = stateSelects(state);
  const id = params.add(calc.id);
  const slot = `CAST(floor(${d.epochMs(time)} / ${calc.slotMs}) * ${calc.slotMs} AS BIGINT)`;
  const sql = [
    `INSERT INTO kpi_rollups (calc, slot, ${STATE_COLUMNS.join(', ')})`,
    `SELECT ${id}, ${slot}, ${STATE_COLUMNS.map((c) => selects[c]).join(', ')}`,
    `FROM events WHERE ${allOf(where)} GROUP BY 2`,
    onConflict(state.merge),
  ].join('\n');
  return { sql, params: params.values };
}

/** Adds to a stored state: sums add (NULL is none), minima and maxima keep the extreme. */
function onConflict(merge: Merge): string {
  const set = (c: string) =>
    c === 's1' && merge !== 'sum'
      ? `${c} = ${merge === 'min' ? 'least' : 'greatest'}(kpi_rollups.${c}, excluded.${c})`
      : `${c} = CASE WHEN kpi_rollups.${c} IS NULL THEN excluded.${c} WHEN excluded.${c} IS NULL THEN kpi_rollups.${c} ELSE kpi_rollups.${c} + excluded.${c} END`;
  return `ON CONFLICT (calc, slot) DO UPDATE SET ${STATE_COLUMNS.map(set).join(', ')}`;
}

/**
 * The states of one ingest's events for several calcs of one slot width in ONE scan: a row per slot with
 * every calc's state columns (each over that calc's rows), then a row per calc and slot that has any.
 * Min/max calcs merge differently, so the caller passes calcs of one merge kind.
 */
export function compileMaintenance(calcs: readonly RollupCalc[], dialect: SqlDialect, ingest: number): Compiled {
  const [first] = calcs;
  if (first === undefined) {
    throw new Error('no pre-aggregates to maintain');
  }
  const params = new SqlParams();
  const d = measureDialect(dialect);
  const slot = `CAST(floor(${d.epochMs(calcColumn(first, 'time'))} / ${first.slotMs}) * ${first.slotMs} AS BIGINT)`;
  const columns: string[] = [];
  const branches: string[] = [];
  calcs.forEach((calc, i) => {
    const { state, where } = stateParts(calc, dialect, params);
    const only = allOf(where);
    const selects = stateSelects(state, only);
    columns.push(`count(*) FILTER (WHERE ${only}) AS m${i}`, ...STATE_COLUMNS.map((c) => `${selects[c]} AS ${c}_${i}`));
    const id = params.add(calc.id);
    branches.push(
      `SELECT ${id}, slot, ${STATE_COLUMNS.map((c) => `${c}_${i}`).join(', ')} FROM new_states WHERE m${i} > 0`
    );
  });
  const sql = [
    `INSERT INTO kpi_rollups (calc, slot, ${STATE_COLUMNS.join(', ')})`,
    `WITH new_states AS MATERIALIZED (SELECT ${slot} AS slot, ${columns.join(', ')}`,
    `FROM events WHERE ingest = ${params.add(ingest)} GROUP BY 1)`,
    branches.join('\nUNION ALL\n'),
    onConflict(first.aggregate === 'min' || first.aggregate === 'max' ? mergeOf(first.aggregate) : 'sum'),
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
    `SELECT ${bucketSql(d.epochMs(time), grid)} AS bucket, ${STATE_COLUMNS.map((c) => `${stateSelects(state)[c]} AS ${c}`).join(', ')}`,
    `FROM events WHERE ${allOf(where)} GROUP BY 1 ORDER BY 1`,
  ].join('\n');
  return { sql, params: params.values };
}
