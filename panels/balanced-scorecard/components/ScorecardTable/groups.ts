import { type TableRow } from '../../data/tableSort';

export interface RowGroup {
  key: string;
  /** "Perspective › Objective", or null when those are columns. */
  caption: string | null;
  rows: TableRow[];
}

const sameObjective = (a: TableRow, b: TableRow) =>
  a.perspective.key === b.perspective.key && a.objective.key === b.objective.key;

/** One group without captions; with them, a group per run of consecutive rows under the same objective. */
export function groupRows(rows: TableRow[], captions: boolean): RowGroup[] {
  if (!captions) {
    return [{ key: 'all', caption: null, rows }];
  }
  const groups: RowGroup[] = [];
  let current: RowGroup | undefined;
  for (const row of rows) {
    const first = current?.rows[0];
    if (current && first && sameObjective(first, row)) {
      current.rows.push(row);
      continue;
    }
    current = {
      key: `${row.perspective.key}/${row.objective.key}/${groups.length}`,
      caption: `${row.perspective.name} › ${row.objective.name}`,
      rows: [row],
    };
    groups.push(current);
  }
  return groups;
}
