import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { type CycleGrid } from './data/grid';
import { CycleCell } from './CycleCell';
import { cyclesTestIds as ids } from './testIds';

/** Units down, years across (the latest on the right); stage summaries for the latest year's released cycles. */
export function CyclesGrid({ grid, showModel }: { grid: CycleGrid; showModel: boolean }) {
  const styles = useStyles2(getStyles);
  const latest = grid.years[grid.years.length - 1];
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid={ids.grid}>
        <thead>
          <tr>
            <th className={styles.head}>Unit</th>
            {grid.years.map((y) => (
              <th key={y} className={styles.head} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.unit}>
              <th scope="row" className={styles.unit}>
                {row.unit}
              </th>
              {row.cells.map((cycles, i) => {
                const year = grid.years[i] ?? 0;
                return (
                  <td key={year} className={styles.cell} data-testid={ids.cell(row.unit, year)}>
                    {cycles.length === 0 && <Text color="disabled">—</Text>}
                    {cycles.map((c) => (
                      <CycleCell key={c.id} cycle={c} showModel={showModel} summarise={year === latest} />
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroll: css({ overflowX: 'auto' }),
  table: css({ borderCollapse: 'collapse', minWidth: '100%' }),
  head: css({
    textAlign: 'left',
    padding: theme.spacing(1),
    color: theme.colors.text.secondary,
    fontWeight: theme.typography.fontWeightMedium,
    borderBottom: `1px solid ${theme.colors.border.medium}`,
  }),
  unit: css({
    textAlign: 'left',
    padding: theme.spacing(1),
    fontWeight: theme.typography.fontWeightMedium,
    whiteSpace: 'nowrap',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  cell: css({
    verticalAlign: 'top',
    padding: theme.spacing(0.5),
    minWidth: theme.spacing(20),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
});
