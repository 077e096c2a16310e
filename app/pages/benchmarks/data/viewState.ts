import { DEFAULT_MIN_GROUP } from '../../../../core/maturity/benchmark-api';
import { FILTER_COLUMNS, type FilterColumn, isFilterColumn } from '../../../../core/query/columns';

export const RANGES = [6, 12] as const;
export type RangeMonths = (typeof RANGES)[number];

/** What the page shows, as kept in the URL query so that a link reproduces the view; '' / null = not chosen. */
export interface BenchmarkView {
  model: string;
  year: number | null;
  unit: string;
  minGroup: number;
  kpi: string;
  by: FilterColumn;
  months: RangeMonths;
  /** The value of the breakdown column to highlight among the KPI's units. */
  value: string;
}

const whole = (s: string | null, min: number, max: number): number | null => {
  const n = s !== null && /^\d+$/.test(s) ? Number(s) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The view from a URL query such as `?model=m&year=2025&minGroup=3`; values out of range fall back to defaults. */
export function viewFromSearch(search: string): BenchmarkView {
  const params = new URLSearchParams(search);
  const one = (key: string) => params.get(key)?.trim() ?? '';
  const by = one('by');
  const months = whole(params.get('months'), 1, 12);
  return {
    model: one('model'),
    year: whole(params.get('year'), 2000, 2100),
    unit: one('unit'),
    minGroup: whole(params.get('minGroup'), 1, 1000) ?? DEFAULT_MIN_GROUP,
    kpi: one('kpi'),
    by: isFilterColumn(by) ? by : FILTER_COLUMNS[0],
    months: months === 6 ? 6 : 12,
    value: one('value'),
  };
}

/** The query for locationService.partial; empty values become null so they leave the URL. */
export function viewToQuery(v: Partial<BenchmarkView>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(v)) {
    out[key] = value === '' || value === null || value === undefined ? null : value;
  }
  return out;
}
