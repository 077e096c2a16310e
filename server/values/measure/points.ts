import { csat, type Estimate, insufficientSample, mean, nps, proportion } from '../../../core/stats';
import { numberColumn, type SqlRow } from '../../store/sql';
import { type ValueFlag, type ValuePoint } from '../types';
import { type Aggregate } from './aggregates';
import { isSurvey, SURVEY_SCALES } from './scales';

const count = (row: SqlRow, column: string): number => numberColumn(row, column) ?? 0;

function estimate(aggregate: Aggregate, row: SqlRow): Estimate {
  switch (aggregate) {
    case 'count':
      return { value: count(row, 'n'), sample: count(row, 'n') };
    case 'count_distinct':
      return { value: count(row, 'result'), sample: count(row, 'n') };
    case 'sum':
    case 'min':
    case 'max':
    case 'median':
    case 'p90':
      return { value: numberColumn(row, 'result'), sample: count(row, 'n') };
    case 'avg':
    case 'ces':
      return mean({ mean: numberColumn(row, 'mean'), sd: numberColumn(row, 'sd'), n: count(row, 'n') });
    case 'nps':
      return nps({ promoters: count(row, 'promoters'), detractors: count(row, 'detractors'), n: count(row, 'n') });
    case 'csat':
      return csat({ satisfied: count(row, 'satisfied'), n: count(row, 'n') });
    case 'ratio':
      return proportion({ k: count(row, 'matched'), n: count(row, 'n') });
  }
}

function reasons(aggregate: Aggregate, row: SqlRow, value: number | null): string[] {
  const out: string[] = [];
  if (isSurvey(aggregate)) {
    const excluded = count(row, 'total') - count(row, 'n');
    const scale = SURVEY_SCALES[aggregate].label;
    if (value === null) {
      out.push(`no answers within ${scale}`);
    }
    if (excluded > 0) {
      out.push(`${excluded} answer${excluded === 1 ? '' : 's'} outside ${scale} or missing, excluded`);
    }
  } else if (aggregate === 'ratio' && value === null) {
    out.push(`no rows match the denominator (${count(row, 'matched')} match the numerator)`);
  }
  return out;
}

/** What a point is checked against besides its own row. */
export interface PointChecks {
  minimumSample?: number;
  /** Why a ratio's numerator is not a subset of its denominator (core subsetRatioGap), when it is not. */
  rateGap?: string;
}

/** A ratio over 1, or any point of a ratio whose numerator can count rows outside its denominator. */
function impossibleRate(aggregate: Aggregate, row: SqlRow, value: number | null, rateGap?: string): string[] {
  if (aggregate !== 'ratio') {
    return [];
  }
  const out = rateGap === undefined ? [] : [`not a rate: ${rateGap}`];
  if (value !== null && value > 1) {
    out.push(`${count(row, 'matched')} rows match the numerator but only ${count(row, 'n')} the denominator`);
  }
  return out;
}

/**
 * Turns one row of a compiled measure into a point. Below `minimumSample` the value is kept and the point
 * flagged `insufficient-sample`, so the UI can show it greyed rather than hide it; an impossible rate is kept
 * and flagged `impossible-rate` the same way.
 */
export function measurePoint(aggregate: Aggregate, row: SqlRow, time: number, checks: PointChecks = {}): ValuePoint {
  const e = estimate(aggregate, row);
  const flags: ValueFlag[] = [];
  if (aggregate === 'ratio' && e.value === null) {
    flags.push('division-by-zero');
  }
  if (insufficientSample(e.sample, checks.minimumSample)) {
    flags.push('insufficient-sample');
  }
  const impossible = impossibleRate(aggregate, row, e.value, checks.rateGap);
  if (impossible.length > 0) {
    flags.push('impossible-rate');
  }
  const why = [...reasons(aggregate, row, e.value), ...impossible];
  return {
    time,
    value: e.value,
    sample: e.sample,
    ...(e.moe === undefined ? {} : { moe: e.moe }),
    ...(flags.length === 0 ? {} : { flags }),
    ...(why.length === 0 ? {} : { reason: why.join('; ') }),
  };
}
