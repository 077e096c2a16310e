import { SCORE_SCALE_TITLE } from '../../data/status';
import { SORT_COLUMNS, type SortColumn } from '../../data/tableSort';

export type ColumnId = SortColumn | 'trend';

export interface Column {
  id: ColumnId;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
  /** Shown on hover over the header. */
  title?: string;
}

export const COLUMNS: Column[] = [
  { id: 'perspective', label: 'Perspective', numeric: false },
  { id: 'objective', label: 'Objective', numeric: false },
  { id: 'kpi', label: 'KPI', numeric: false },
  { id: 'value', label: 'Value', numeric: true },
  { id: 'target', label: 'Target', numeric: true },
  { id: 'score', label: 'Score', numeric: true, title: SCORE_SCALE_TITLE },
  { id: 'status', label: 'Status', numeric: false },
  { id: 'change', label: 'Change', numeric: true },
  { id: 'trend', label: 'Trend', numeric: false },
];

export const isSortColumn = (id: ColumnId): id is SortColumn => SORT_COLUMNS.some((c) => c === id);

/** The narrowest width in px at which each column still reads well, padding included. */
export const MIN_WIDTH: Record<ColumnId, number> = {
  perspective: 120,
  objective: 160,
  kpi: 160,
  value: 80,
  target: 80,
  score: 56,
  status: 104,
  change: 88,
  trend: 96,
};

/** Columns leave in this order until the rest fit; KPI, Value and Status always stay. */
const DROP_ORDER: ColumnId[][] = [['perspective', 'objective'], ['trend'], ['change'], ['target'], ['score']];

export interface TableLayout {
  columns: Column[];
  /** Perspective and objective shown as caption rows over their KPIs instead of as columns. */
  captions: boolean;
}

export function tableLayout(width: number, show: { sparklines: boolean; change: boolean }): TableLayout {
  let ids = COLUMNS.map((c) => c.id).filter(
    (id) => (id !== 'trend' || show.sparklines) && (id !== 'change' || show.change)
  );
  for (const group of DROP_ORDER) {
    if (minWidth(ids) <= width) {
      break;
    }
    ids = ids.filter((id) => !group.includes(id));
  }
  return { columns: COLUMNS.filter((c) => ids.includes(c.id)), captions: !ids.includes('perspective') };
}

export const minWidth = (ids: ColumnId[]) => ids.reduce((sum, id) => sum + MIN_WIDTH[id], 0);
