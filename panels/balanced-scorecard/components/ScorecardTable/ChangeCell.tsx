import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type ChangeView } from '../../data/model';

/** The signed change with an arrow for its direction; colour and the arrow's title say better or worse. */
export function ChangeCell({ change }: { change: ChangeView | null }) {
  const styles = useStyles2(getStyles);
  if (!change) {
    return <span className={styles.neutral}>–</span>;
  }
  const verdict = change.better === null ? 'No change' : change.better ? 'Better' : 'Worse';
  const tone = change.better === null ? styles.neutral : change.better ? styles.better : styles.worse;
  const arrow = change.delta > 0 ? 'arrow-up' : change.delta < 0 ? 'arrow-down' : 'arrow-right';
  return (
    <span className={cx(styles.change, tone)}>
      <Icon name={arrow} size="sm" title={`${verdict} than the ${change.basis}`} />
      {change.text}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  change: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.25), whiteSpace: 'nowrap' }),
  better: css({ color: theme.colors.success.text }),
  worse: css({ color: theme.colors.error.text }),
  neutral: css({ color: theme.colors.text.secondary }),
});
