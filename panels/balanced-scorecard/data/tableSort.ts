import { type KpiView, type ScorecardView, type ViewStatus } from './model';

/** One table row: a KPI with the perspective and objective it sits under. */
export interface TableRow {
  kpi: KpiView;
  perspective: { key: string; name: string };
  objective: { key: string; name: string };
}

export const SORT_COLUMNS = [
  'perspective',
  'objective',
  'kpi',
  'value',
  'target',
  'score',
  'status',
  'change',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** Named as aria-sort names them. */
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

/** The view's KPIs in its own order: perspective, objective, KPI. */
export function tableRows(view: ScorecardView): TableRow[] {
  return view.perspectives.flatMap((p) =>
    p.objectives.flatMap((o) =>
      o.kpis.map((kpi) => ({
        kpi,
        perspective: { key: p.key, name: p.name },
        objective: { key: o.key, name: o.name },
      }))
    )
  );
}

/** Clicking a header sorts ascending, then descending, then back to the view's own order. */
export function nextSort(current: SortState | null, column: SortColumn): SortState | null {
  if (current?.column !== column) {
    return { column, direction: 'ascending' };
  }
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** A sorted copy; ties keep the view's order. */
export function sortRows(rows: TableRow[], sort: SortState | null): TableRow[] {
  return sort ? [...rows].sort(compareRows(sort)) : rows;
}

const STATUS_RANK: Record<ViewStatus, number> = { critical: 0, warning: 1, ok: 2, unscored: 3, 'no-data': 4 };
const FIRST_UNSCORED_RANK = STATUS_RANK.unscored;

type Comparator = (a: TableRow, b: TableRow) => number;

export function compareRows({ column, direction }: SortState): Comparator {
  const sign = direction === 'ascending' ? 1 : -1;
  switch (column) {
    case 'perspective':
      return (a, b) => sign * compareText(a.perspective.name, b.perspective.name);
    case 'objective':
      return (a, b) => sign * compareText(a.objective.name, b.objective.name);
    case 'kpi':
      return (a, b) => sign * compareText(a.kpi.name, b.kpi.name);
    case 'status':
      return (a, b) => compareStatus(a.kpi.status, b.kpi.status, sign);
    default: {
      const get = NUMBER_OF[column];
      return (a, b) => compareNumbers(get(a.kpi), get(b.kpi), sign);
    }
  }
}

const NUMBER_OF: Record<'value' | 'target' | 'score' | 'change', (kpi: KpiView) => number | null> = {
  value: (kpi) => kpi.value,
  target: (kpi) => kpi.target,
  score: (kpi) => kpi.score,
  change: (kpi) => kpi.change?.delta ?? null,
};

const compareText = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

/** Missing or non-finite numbers go last in both directions. */
export function compareNumbers(a: number | null, b: number | null, sign: number): number {
  const aMissing = a === null || !Number.isFinite(a);
  const bMissing = b === null || !Number.isFinite(b);
  if (aMissing || bMissing) {
    return Number(aMissing) - Number(bMissing);
  }
  return sign * (a - b);
}

/** Critical, warning, ok (reversed when descending), then unscored and no data last in both directions. */
export function compareStatus(a: ViewStatus, b: ViewStatus, sign: number): number {
  const ra = STATUS_RANK[a];
  const rb = STATUS_RANK[b];
  if (ra >= FIRST_UNSCORED_RANK || rb >= FIRST_UNSCORED_RANK) {
    return ra - rb;
  }
  return sign * (ra - rb);
}
