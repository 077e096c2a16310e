type Scalar = string | number | boolean;
/** A measure filter: a column equals a value, or is one of a list of values; columns are ANDed. */
export type RateFilter = Record<string, Scalar | Scalar[]>;

/** The filters of a `ratio` measure: rows of `filter` matching `numerator`, over those matching `denominator`. */
export interface RatioFilters {
  filter?: RateFilter;
  numerator?: RateFilter;
  denominator?: RateFilter;
}

// The canonical `value` column compares as a number (so 1 and "1" are one value); every other column as text.
function key(column: string, value: Scalar): string {
  if (column !== 'value') {
    return `s:${String(value)}`;
  }
  const n = Number(value);
  return typeof value === 'string' && (value.trim() === '' || !Number.isFinite(n)) ? `s:${value}` : `n:${n}`;
}

const valuesOf = (wanted: Scalar | Scalar[]): Scalar[] => (Array.isArray(wanted) ? wanted : [wanted]);

/** The values a column may take under all of `filters` (ANDed); undefined when none constrains it. */
function allowed(column: string, filters: Array<RateFilter | undefined>): Map<string, Scalar> | undefined {
  let out: Map<string, Scalar> | undefined;
  for (const filter of filters) {
    const wanted = filter?.[column];
    if (wanted === undefined) {
      continue;
    }
    const here = new Map(valuesOf(wanted).map((v) => [key(column, v), v] as const));
    out = out === undefined ? here : new Map([...out].filter(([k]) => here.has(k)));
  }
  return out;
}

const show = (values: Scalar[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Why some rows the numerator counts may lie outside the denominator (so the ratio can exceed 1), or null
 * when every numerator row is a denominator row: each column the denominator constrains must be constrained
 * by the numerator (or the shared filter) to values the denominator allows. A numerator that can match no
 * row at all is a subset too.
 */
export function subsetRatioGap(measure: RatioFilters): string | null {
  const columns = new Set([...Object.keys(measure.filter ?? {}), ...Object.keys(measure.numerator ?? {})]);
  const numeratorValues = new Map([...columns].map((c) => [c, allowed(c, [measure.filter, measure.numerator])]));
  if ([...numeratorValues.values()].some((values) => values !== undefined && values.size === 0)) {
    return null;
  }
  for (const column of Object.keys(measure.denominator ?? {}).sort()) {
    const denominator = allowed(column, [measure.filter, measure.denominator]) ?? new Map<string, Scalar>();
    const numerator = numeratorValues.get(column);
    if (denominator.size === 0) {
      return `the denominator can match no row: its ${column} values are all excluded by the filter`;
    }
    if (numerator === undefined) {
      return `the denominator keeps only ${column} ${show([...denominator.values()])} but the numerator counts any ${column}`;
    }
    const outside = [...numerator].filter(([k]) => !denominator.has(k)).map(([, v]) => v);
    if (outside.length > 0) {
      return `the numerator counts ${column} ${show(outside)}, which the denominator does not include`;
    }
  }
  return null;
}

/** True when a ratio's numerator selects a subset of the rows its denominator selects, so it stays within 0..1. */
export const isSubsetRatio = (measure: RatioFilters): boolean => subsetRatioGap(measure) === null;
