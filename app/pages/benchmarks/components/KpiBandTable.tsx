import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type KpiRow } from '../data/kpiRows';
import { benchmarksTestIds as ids } from '../testIds';

interface Props {
  rows: KpiRow[];
  value: string;
  format: (v: number) => string;
}

/** Per period: units, the percentiles, and the highlighted unit's rank; a suppressed period says why. */
export function KpiBandTable({ rows, value, format }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <table className={styles.table} data-testid={ids.kpiTable}>
      <thead>
        <tr>
          <th>Period</th>
          <th>Units</th>
          <th>p10</th>
          <th>p25</th>
          <th>Median</th>
          <th>p75</th>
          <th>p90</th>
          <th>{value === '' ? 'Rank' : `Rank of ${value}`}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} data-testid={ids.kpiPeriod(r.label)}>
            <td>{r.label}</td>
            <td>{r.n}</td>
            {r.band === null ? (
              <td colSpan={6} className={styles.muted}>
                Suppressed: {r.reason}
              </td>
            ) : (
              <>
                <td>{format(r.band.p10)}</td>
                <td>{format(r.band.p25)}</td>
                <td className={styles.strong}>{format(r.band.p50)}</td>
                <td>{format(r.band.p75)}</td>
                <td>{format(r.band.p90)}</td>
                <td>{r.rank}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css({
    borderCollapse: 'collapse',
    'th, td': {
      padding: theme.spacing(0.5, 1.5),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      textAlign: 'right',
    },
    'th:first-child, td:first-child': { textAlign: 'left' },
    th: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightMedium },
    'td[colspan]': { textAlign: 'left' },
  }),
  muted: css({ color: theme.colors.text.secondary, fontStyle: 'italic' }),
  strong: css({ fontWeight: theme.typography.fontWeightMedium }),
});
