import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type BenchmarkView } from '../data/benchmark';
import { resultsTestIds } from '../testIds';

/** The unit's percentile rank and the median per dimension, among the other units and against each peer. */
export function UnitBenchmark({ view }: { view: BenchmarkView }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Among the units</th>
            {view.peers.map((p) => (
              <th scope="col" key={p}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.dimensionId} data-testid={resultsTestIds.benchmark(row.dimensionId)}>
              <th scope="row">{row.name}</th>
              <td className={row.suppressed ? styles.muted : undefined}>{row.internal}</td>
              {row.peers.map((p, i) => (
                <td key={view.peers[i] ?? i}>{p}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroll: css({ overflowX: 'auto' }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    'th, td': {
      textAlign: 'left',
      padding: theme.spacing(0.75, 1),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
    },
    th: { fontWeight: theme.typography.fontWeightMedium },
  }),
  muted: css({ color: theme.colors.text.secondary, fontStyle: 'italic' }),
});
