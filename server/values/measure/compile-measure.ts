import { type SqlMeasure } from '../../../core/schema/kpi';
import { type SqlDialect, type SqlParam } from '../../store/sql';
import { ValueEngineError } from '../engine/errors';
import { type CalculationRequest, type ResolvedSource } from '../types';
import { aggregateSql } from './aggregates';
import { bucketSql } from './bucket-sql';
import { measureDialect } from './dialect';
import { allOf, filterConditions } from './filters';
import { SqlParams } from './sql-params';

export type Measure = SqlMeasure;

export interface CompiledMeasure {
  sql: string;
  params: SqlParam[];
}

/** A compiled measure query with the ingredient columns it selects (see aggregateSql). */
export interface CompiledQuery extends CompiledMeasure {
  columns: string[];
  breakdown: boolean;
}

const alias = (select: string): string => /\bAS (\w+)$/.exec(select)?.[1] ?? select;

export type MeasureRequest = Pick<CalculationRequest, 'range' | 'grid' | 'breakdown' | 'filter'>;

function checkRequest({ range, grid }: MeasureRequest): void {
  if (!Number.isFinite(range.from) || !Number.isFinite(range.to) || range.from >= range.to) {
    throw new Error(`invalid time range [${range.from}, ${range.to}): "from" must be before "to"`);
  }
  if (grid.starts.length === 0) {
    throw new Error('no buckets to compute');
  }
}

function breakdownColumn(breakdown: string | undefined, source: Pick<ResolvedSource, 'id' | 'column'>): string | null {
  if (breakdown === undefined) {
    return null;
  }
  if (breakdown === 'time') {
    throw new ValueEngineError('invalid-request', 'cannot break down by "time": buckets already split time');
  }
  return source.column(breakdown);
}

type Source = Pick<ResolvedSource, 'id' | 'table' | 'column'>;

/** The WHERE conditions (range, the measure's and the request's filters), the breakdown column and the aggregate. */
function measureParts(measure: Measure, req: MeasureRequest, source: Source, dialect: SqlDialect) {
  checkRequest(req);
  const params = new SqlParams();
  const time = source.column('time');
  const range = [`${time} >= ${params.timestamp(req.range.from)}`, `${time} < ${params.timestamp(req.range.to)}`];
  const d = measureDialect(dialect);
  const breakdown = breakdownColumn(req.breakdown, source);
  const aggregate = aggregateSql(measure.aggregate, {
    field: measure.field === undefined ? null : source.column(measure.field),
    dialect: d,
    numerator: allOf(filterConditions(measure.numerator, source, params)),
    denominator: allOf(filterConditions(measure.denominator, source, params)),
  });
  const where = [
    ...range,
    ...filterConditions(measure.filter, source, params),
    ...filterConditions(req.filter, source, params),
  ];
  if (aggregate.where !== undefined) {
    where.push(aggregate.where);
  }
  return { params, where, breakdown, aggregate, d };
}

/**
 * How many breakdown values the measure's rows hold, up to `cap` + 1 (so a column of a million customers costs
 * no more than counting to the cap): checked before the grouped query materialises one series per value.
 */
export function compileBreakdownCount(
  measure: Measure,
  req: MeasureRequest,
  source: Source,
  dialect: SqlDialect,
  cap: number
): CompiledMeasure | null {
  const { params, where, breakdown } = measureParts(measure, req, source, dialect);
  if (breakdown === null) {
    return null;
  }
  const values = `SELECT DISTINCT ${breakdown} AS v FROM ${source.table} WHERE ${allOf(where)} LIMIT ${Math.floor(cap) + 1}`;
  return { sql: `SELECT count(*) AS n FROM (${values}) AS capped`, params: params.values };
}

/**
 * One row per bucket (and breakdown value) with the aggregate's raw ingredients: `bucket` (epoch ms of the
 * grid bucket's start), `breakdown` (text), then the columns of aggregateSql. The request's
 * filter is ANDed with the measure's. Every value is a parameter; identifiers come only from the source's
 * validated mapping.
 */
export function compileMeasure(
  measure: Measure,
  req: MeasureRequest,
  source: Pick<ResolvedSource, 'id' | 'table' | 'column'>,
  dialect: SqlDialect
): CompiledQuery {
  const { params, where, breakdown, aggregate, d } = measureParts(measure, req, source, dialect);
  const bucket = bucketSql(d.epochMs(source.column('time')), req.grid);
  const groups = breakdown === null ? '1' : '1, 2';
  const columns = [`${bucket} AS bucket`, ...(breakdown === null ? [] : [`CAST(${breakdown} AS TEXT) AS breakdown`])];
  const sql = [
    `SELECT ${[...columns, ...aggregate.selects].join(', ')}`,
    `FROM ${source.table}`,
    `WHERE ${allOf(where)}`,
    `GROUP BY ${groups}`,
    `ORDER BY ${groups}`,
  ].join('\n');
  return { sql, params: params.values, columns: aggregate.selects.map(alias), breakdown: breakdown !== null };
}
