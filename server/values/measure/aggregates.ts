import { type AGGREGATES } from '../../../core/schema/kpi';
import { type MeasureDialect } from './dialect';
import { CSAT_SATISFIED_MIN, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN, SURVEY_SCALES } from './scales';

export type Aggregate = (typeof AGGREGATES)[number];

/** What an aggregate selects per group: raw ingredients the statistics are computed from. */
export interface AggregateSql {
  selects: string[];
  /** Extra condition on the rows (ratio: numerator OR denominator). */
  where?: string;
}

export interface AggregateInput {
  /** Quoted column of the measure's field; null for count and ratio. */
  field: string | null;
  dialect: MeasureDialect;
  /** Conditions of the ratio's numerator and denominator (already parameterised). */
  numerator: string;
  denominator: string;
}

const count = (condition: string): string => `count(*) FILTER (WHERE ${condition})`;

function needField(aggregate: Aggregate, field: string | null): string {
  if (field === null) {
    throw new Error(`aggregate "${aggregate}" needs a field`);
  }
  return field;
}

/** The SELECT list of an aggregate; constants are part of the aggregate's definition, not values. */
export function aggregateSql(aggregate: Aggregate, input: AggregateInput): AggregateSql {
  if (aggregate === 'count') {
    return { selects: ['count(*) AS n'] };
  }
  if (aggregate === 'ratio') {
    const { numerator, denominator } = input;
    return {
      selects: [`${count(numerator)} AS matched`, `${count(denominator)} AS n`],
      where: `(${numerator}) OR (${denominator})`,
    };
  }
  const v = needField(aggregate, input.field);
  switch (aggregate) {
    case 'count_distinct':
      return { selects: [`count(DISTINCT ${v}) AS result`, `count(${v}) AS n`] };
    case 'sum':
    case 'min':
    case 'max':
      return { selects: [`${aggregate}(${v}) AS result`, `count(${v}) AS n`] };
    case 'median':
    case 'p90':
      return {
        selects: [`${input.dialect.quantile(v, aggregate === 'p90' ? 0.9 : 0.5)} AS result`, `count(${v}) AS n`],
      };
    case 'avg':
      return { selects: [`avg(${v}) AS mean`, `stddev_samp(${v}) AS sd`, `count(${v}) AS n`] };
    case 'nps':
      return survey('nps', v, [
        `${count(`${v} >= ${NPS_PROMOTER_MIN} AND ${v} <= 10`)} AS promoters`,
        `${count(`${v} >= 0 AND ${v} <= ${NPS_DETRACTOR_MAX}`)} AS detractors`,
      ]);
    case 'csat':
      return survey('csat', v, [`${count(`${v} >= ${CSAT_SATISFIED_MIN} AND ${v} <= 5`)} AS satisfied`]);
    case 'ces': {
      const inScale = scaleCondition('ces', v);
      return survey('ces', v, [
        `avg(${v}) FILTER (WHERE ${inScale}) AS mean`,
        `stddev_samp(${v}) FILTER (WHERE ${inScale}) AS sd`,
      ]);
    }
  }
}

function scaleCondition(scale: keyof typeof SURVEY_SCALES, v: string): string {
  return `${v} >= ${SURVEY_SCALES[scale].min} AND ${v} <= ${SURVEY_SCALES[scale].max}`;
}

function survey(scale: keyof typeof SURVEY_SCALES, v: string, selects: string[]): AggregateSql {
  return { selects: [`count(*) AS total`, `${count(scaleCondition(scale, v))} AS n`, ...selects] };
}
