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

/**
 * Turns one row of a compiled measure into a point. Below `minimumSample` the value is kept and the point
 * flagged `insufficient-sample`, so the UI can show it greyed rather than hide it.
 */
export function measurePoint(aggregate: Aggregate, row: SqlRow, time: number, minimumSample?: number): ValuePoint {
  const e = estimate(aggregate, row);
  const flags: ValueFlag[] = [];
  if (aggregate === 'ratio' && e.value === null) {
    flags.push('division-by-zero');
  }
  if (insufficientSample(e.sample, minimumSample)) {
    flags.push('insufficient-sample');
  }
  const why = reasons(aggregate, row, e.value);
  return {
    time,
    value: e.value,
    sample: e.sample,
    ...(e.moe === undefined ? {} : { moe: e.moe }),
    ...(flags.length === 0 ? {} : { flags }),
    ...(why.length === 0 ? {} : { reason: why.join('; ') }),
  };
}
