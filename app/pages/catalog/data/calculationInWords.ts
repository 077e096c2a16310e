import { type Calculation } from '../../../../core/schema/kpi';

const AGGREGATE_WORDS: Record<string, string> = {
  count_distinct: 'Number of distinct',
  sum: 'Sum of',
  avg: 'Average of',
  min: 'Minimum of',
  max: 'Maximum of',
  median: 'Median of',
  p90: '90th percentile of',
  nps: 'Net Promoter Score of',
  csat: 'Customer satisfaction (CSAT) of',
  ces: 'Customer effort score (CES) of',
};

type Filter = Record<string, string | number | boolean | Array<string | number | boolean>>;

const orList = (values: Array<string | number | boolean>) =>
  values.length < 2 ? values.map(String).join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** `channel is web or app and region is emea`; the event column is said first. */
function filterWords(filter: Filter, skip: string[] = []): string {
  return Object.entries(filter)
    .filter(([column]) => !skip.includes(column))
    .map(([column, v]) => `${column} is ${orList(Array.isArray(v) ? v : [v])}`)
    .join(' and ');
}

/** `order_placed` or `order_paid`: the events a measure counts, when its filter names them. */
function eventNames(filter: Filter | undefined): string {
  const e = filter?.event;
  return e === undefined ? '' : orList((Array.isArray(e) ? e : [e]).map((name) => `\`${name}\``));
}

function where(filter: Filter | undefined): string {
  const rest = filter === undefined ? '' : filterWords(filter, ['event']);
  return rest === '' ? '' : ` where ${rest}`;
}

/** The KPI's calculation in plain language, per reporting period. */
export function calculationInWords(calc: Calculation, period: string): string {
  const per = `, per ${period}`;
  if ('manual' in calc) {
    return 'Manual check-ins';
  }
  if ('sql' in calc) {
    return 'SQL (admin)';
  }
  if ('expression' in calc) {
    const inputs = Object.entries(calc.expression.inputs).map(([name, kpi]) => `${name} = ${kpi}`);
    return `Expression: ${calc.expression.expr}${inputs.length > 0 ? ` (${inputs.join(', ')})` : ''}${per}`;
  }
  const m = calc.measure;
  if (m.aggregate === 'conversion') {
    return `Share of customers entering stage ${m.from} of journey ${m.journey} who reach stage ${m.to}${per}`;
  }
  const from = ` in source ${m.source}`;
  if (m.aggregate === 'ratio') {
    const num = m.numerator === undefined ? '' : filterWords(m.numerator);
    const den = m.denominator === undefined ? '' : filterWords(m.denominator);
    return `Share of events where ${num} among events where ${den}${from}${where(m.filter)}${per}`;
  }
  const names = eventNames(m.filter);
  const subject =
    m.aggregate === 'count'
      ? `Count of events${names === '' ? '' : ` ${names}`}`
      : `${AGGREGATE_WORDS[m.aggregate] ?? m.aggregate} ${m.field ?? 'value'}${names === '' ? '' : ` of events ${names}`}`;
  return `${subject}${from}${where(m.filter)}${per}`;
}
