import { type SqlRow, numberColumn } from '../../store/sql';
import { type Aggregate } from '../measure/aggregates';
import { type MeasureDialect } from '../measure/dialect';
import { CSAT_SATISFIED_MIN, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN, SURVEY_SCALES } from '../measure/scales';

/** The columns of a partial state: counts c1…c4, sums s1 (values) and s2 (squares; min or max for those). */
export const STATE_COLUMNS = ['c1', 'c2', 'c3', 'c4', 's1', 's2'] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];
export type Merge = 'sum' | 'min' | 'max';

/** Aggregates whose partial states merge exactly; count_distinct, median and p90 are read from the events. */
export const MERGEABLE: ReadonlySet<Aggregate> = new Set([
  'count',
  'sum',
  'min',
  'max',
  'avg',
  'ratio',
  'nps',
  'csat',
  'ces',
]);

export interface StateSql {
  /** One expression per state column (NULL where the aggregate does not use it). */
  selects: Record<StateColumn, string>;
  /** How s1 merges across slots (sums add; min and max keep the extreme). */
  merge: Merge;
  /** Rows outside both parts of a ratio are left out, as in the unaggregated query. */
  where?: string;
}

export interface StateInput {
  field: string | null;
  dialect: MeasureDialect;
  numerator: string;
  denominator: string;
}

const count = (condition: string): string => `count(*) FILTER (WHERE ${condition})`;
const NONE = 'CAST(NULL AS DOUBLE PRECISION)';

function states(partial: Partial<Record<StateColumn, string>>): Record<StateColumn, string> {
  return Object.fromEntries(STATE_COLUMNS.map((c) => [c, partial[c] ?? NONE])) as Record<StateColumn, string>;
}

function field(aggregate: Aggregate, v: string | null): string {
  if (v === null) {
    throw new Error(`aggregate "${aggregate}" needs a field`);
  }
  return v;
}

const inScale = (scale: keyof typeof SURVEY_SCALES, v: string) =>
  `${v} >= ${SURVEY_SCALES[scale].min} AND ${v} <= ${SURVEY_SCALES[scale].max}`;

/** How an aggregate's s1 merges across slots. */
export const mergeOf = (aggregate: Aggregate): Merge =>
  aggregate === 'min' ? 'min' : aggregate === 'max' ? 'max' : 'sum';

/** SELECT expressions of an aggregate's mergeable partial state over a group of event rows. */
export function stateSql(aggregate: Aggregate, input: StateInput): StateSql {
  const sum = () => ({ merge: mergeOf(aggregate) });
  switch (aggregate) {
    case 'count':
      return { selects: states({ c1: 'count(*)' }), ...sum() };
    case 'ratio': {
      const { numerator, denominator } = input;
      return {
        selects: states({ c1: count(numerator), c2: count(denominator) }),
        where: `(${numerator}) OR (${denominator})`,
        ...sum(),
      };
    }
    case 'sum':
    case 'min':
    case 'max': {
      const v = field(aggregate, input.field);
      return { selects: states({ c1: `count(${v})`, s1: `${aggregate}(${v})` }), ...sum() };
    }
    case 'avg': {
      const v = field(aggregate, input.field);
      return { selects: states({ c1: `count(${v})`, s1: `sum(${v})`, s2: `sum(${v} * ${v})` }), ...sum() };
    }
    case 'nps': {
      const v = field(aggregate, input.field);
      return {
        selects: states({
          c1: 'count(*)',
          c2: count(inScale('nps', v)),
          c3: count(`${v} >= ${NPS_PROMOTER_MIN} AND ${v} <= 10`),
          c4: count(`${v} >= 0 AND ${v} <= ${NPS_DETRACTOR_MAX}`),
        }),
        ...sum(),
      };
    }
    case 'csat': {
      const v = field(aggregate, input.field);
      return {
        selects: states({
          c1: 'count(*)',
          c2: count(inScale('csat', v)),
          c3: count(`${v} >= ${CSAT_SATISFIED_MIN} AND ${v} <= 5`),
        }),
        ...sum(),
      };
    }
    case 'ces': {
      const v = field(aggregate, input.field);
      const scale = inScale('ces', v);
      return {
        selects: states({
          c1: 'count(*)',
          c2: count(scale),
          s1: `sum(${v}) FILTER (WHERE ${scale})`,
          s2: `sum(${v} * ${v}) FILTER (WHERE ${scale})`,
        }),
        ...sum(),
      };
    }
    case 'count_distinct':
    case 'median':
    case 'p90':
      throw new Error(`aggregate "${aggregate}" has no mergeable state`);
  }
}

/** SQL merging the state columns of many rows (slots) into one. */
export function mergeSelects(merge: Merge): string[] {
  return STATE_COLUMNS.map((c) => `${c === 's1' && merge !== 'sum' ? merge : 'sum'}(${c}) AS ${c}`);
}

export type State = Record<StateColumn, number | null>;

export const stateOf = (row: SqlRow): State =>
  Object.fromEntries(STATE_COLUMNS.map((c) => [c, numberColumn(row, c)])) as State;

/** Two partial states of one bucket as one. */
export function mergeStates(a: State, b: State, merge: Merge): State {
  const out = { ...a };
  for (const c of STATE_COLUMNS) {
    const x = a[c];
    const y = b[c];
    if (x === null || y === null) {
      out[c] = x ?? y;
    } else if (c === 's1' && merge !== 'sum') {
      out[c] = merge === 'min' ? Math.min(x, y) : Math.max(x, y);
    } else {
      out[c] = x + y;
    }
  }
  return out;
}

/** Sample standard deviation from count, sum and sum of squares (null below two values). */
function sd(n: number, s1: number, s2: number): number | null {
  if (n < 2) {
    return null;
  }
  return Math.sqrt(Math.max(0, (s2 - (s1 * s1) / n) / (n - 1)));
}

/** The ingredients the unaggregated query selects (see measure/aggregates.ts), from a merged state. */
export function ingredients(aggregate: Aggregate, s: State): SqlRow {
  const c = (k: StateColumn) => s[k] ?? 0;
  switch (aggregate) {
    case 'count':
      return { n: c('c1') };
    case 'ratio':
      return { matched: c('c1'), n: c('c2') };
    case 'sum':
    case 'min':
    case 'max':
      return { result: c('c1') > 0 ? s.s1 : null, n: c('c1') };
    case 'avg':
      return { mean: c('c1') > 0 ? c('s1') / c('c1') : null, sd: sd(c('c1'), c('s1'), c('s2')), n: c('c1') };
    case 'nps':
      return { total: c('c1'), n: c('c2'), promoters: c('c3'), detractors: c('c4') };
    case 'csat':
      return { total: c('c1'), n: c('c2'), satisfied: c('c3') };
    case 'ces':
      return {
        total: c('c1'),
        n: c('c2'),
        mean: c('c2') > 0 ? c('s1') / c('c2') : null,
        sd: sd(c('c2'), c('s1'), c('s2')),
      };
    default:
      throw new Error(`aggregate "${aggregate}" has no mergeable state`);
  }
}
