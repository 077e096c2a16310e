import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type ChangeView } from '../../data/model';

/** The change as an arrow and a signed value, coloured by whether it moves towards the goal. */
export function KpiChange({ change }: { change: ChangeView }) {
  const styles = useStyles2(getStyles);
  const tone = change.better === null ? styles.flat : change.better ? styles.better : styles.worse;
  // Text arrows: a scorecard shows hundreds, and each Grafana Icon parses an SVG file when it mounts.
  const arrow = change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : null;
  const verdict = change.better === null ? 'no change' : change.better ? 'better' : 'worse';
  return (
    <span className={tone} title={`${change.text} vs ${change.basis} (${verdict})`}>
      {arrow && (
        <span className={styles.arrow} aria-hidden>
          {arrow}
        </span>
      )}
      {change.text}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const base = {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.25),
    whiteSpace: 'nowrap' as const,
  };
  return {
    better: css({ ...base, color: theme.colors.success.text }),
    worse: css({ ...base, color: theme.colors.error.text }),
    flat: css({ ...base, color: theme.colors.text.secondary }),
    arrow: css({ fontSize: '0.7em' }),
  };
};
