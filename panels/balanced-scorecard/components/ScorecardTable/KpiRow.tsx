import { cx } from '@emotion/css';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { memo, type ReactNode } from 'react';
import { testIds } from '../../../../app/testIds';
import { type KpiView } from '../../data/model';
import { maybeText, scoreText, valueText, withUnit } from '../../data/status';
import { type TableRow } from '../../data/tableSort';
import { KpiChange } from '../Kpi/KpiChange';
import { Sparkline } from '../Sparkline/Sparkline';
import { StatusBadge } from '../Status/StatusBadge';
import { type Column, type ColumnId } from './columns';
import { getStyles } from './ScorecardTable.styles';

interface Props {
  row: TableRow;
  columns: Column[];
  renderKpiName: (kpi: KpiView) => ReactNode;
}

/** Memoised: with a stable renderKpiName, sorting reorders rows without rendering their cells again. */
export const KpiRow = memo(function KpiRow({ row, columns, renderKpiName }: Props) {
  const styles = useStyles2(getStyles);
  const { gridSize } = useTheme2().spacing;
  const cell = (id: ColumnId): ReactNode => {
    const { kpi } = row;
    switch (id) {
      case 'perspective':
        return row.perspective.name;
      case 'objective':
        return row.objective.name;
      case 'kpi':
        return renderKpiName(kpi);
      case 'value':
        return (
          <span className={cx(kpi.valueNote && styles.note)} title={kpi.valueNote ?? undefined}>
            {withUnit(valueText(kpi.display, kpi.value), kpi.unitLabel)}
          </span>
        );
      case 'target':
        return withUnit(maybeText(kpi.targetDisplay) ?? '–', kpi.unitLabel);
      case 'score':
        return scoreText(kpi.score);
      case 'status':
        return <StatusBadge status={kpi.status} />;
      case 'change':
        return kpi.change ? <KpiChange change={kpi.change} /> : '–';
      case 'trend':
        return kpi.trend?.values.some((v) => v !== null) ? (
          <Sparkline trend={kpi.trend} width={gridSize * 10} height={gridSize * 2} label={`Trend of ${kpi.name}`} />
        ) : null;
    }
  };
  return (
    <tr className={styles.row} data-testid={testIds.balancedPanel.tableRow(row.kpi.key)}>
      {columns.map((c) => (
        <td key={c.id} className={cx(styles.cell, c.numeric && styles.numeric, c.id === 'trend' && styles.trend)}>
          {cell(c.id)}
        </td>
      ))}
    </tr>
  );
});
