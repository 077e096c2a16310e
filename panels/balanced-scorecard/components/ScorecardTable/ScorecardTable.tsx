import { useStyles2, useTheme2 } from '@grafana/ui';
import { type ReactNode, useMemo, useState } from 'react';
import { testIds } from '../../../../app/testIds';
import { type KpiView, type ScorecardView } from '../../data/model';
import { runsWithPosition } from '../../data/lazyPlan';
import { nextSort, type SortColumn, type SortState, sortRows, tableRows } from '../../data/tableSort';
import { tableLayout } from './columns';
import { groupRows } from './groups';
import { LazyRows } from '../LazyMount/LazyRows';
import { KpiRow } from './KpiRow';
import { getStyles } from './ScorecardTable.styles';
import { SortHeader } from './SortHeader';

export interface ScorecardTableProps {
  view: ScorecardView;
  width: number;
  height: number;
  showSparklines: boolean;
  showChange: boolean;
  /** Wraps a KPI's name (tooltip, data links); the plain name by default. */
  renderKpiName?: (kpi: KpiView) => ReactNode;
}

const plainName = (kpi: KpiView) => kpi.name;
const CHUNK = 20;

/** One row per KPI, sortable by header, scrolling under a sticky header; columns give way on narrow panels. */
export function ScorecardTable(props: ScorecardTableProps) {
  const { view, width, height, showSparklines, showChange, renderKpiName = plainName } = props;
  const styles = useStyles2(getStyles);
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => tableRows(view), [view]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const { columns, captions } = useMemo(
    () => tableLayout(width, { sparklines: showSparklines, change: showChange }),
    [width, showSparklines, showChange]
  );
  const onSort = (column: SortColumn) => setSort((current) => nextSort(current, column));
  // Rows below the first screenful mount in chunks as they scroll near.
  const rowHeight = useTheme2().spacing.gridSize * 4.5;
  const groups = useMemo(() => groupRows(sorted, captions), [sorted, captions]);
  const runs = useMemo(
    () =>
      runsWithPosition(
        groups.map((g) => g.rows),
        CHUNK
      ),
    [groups]
  );

  return (
    <div className={styles.scroll} style={{ width, height }}>
      <table className={styles.table} data-testid={testIds.balancedPanel.table} aria-label="Scorecard KPIs">
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.id} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {groups.map((group, g) => (
          <tbody key={group.key}>
            {group.caption && (
              <tr>
                <th scope="rowgroup" colSpan={columns.length} className={styles.caption}>
                  {group.caption}
                </th>
              </tr>
            )}
            {(runs[g] ?? []).map(({ first, items }) => (
              <LazyRows
                key={items[0]?.kpi.key}
                eager={first * rowHeight < height}
                estimate={items.length * rowHeight}
                columns={columns.length}
              >
                {items.map((row) => (
                  <KpiRow key={row.kpi.key} row={row} columns={columns} renderKpiName={renderKpiName} />
                ))}
              </LazyRows>
            ))}
          </tbody>
        ))}
      </table>
      {rows.length === 0 && <div className={styles.empty}>No KPIs to show.</div>}
    </div>
  );
}
