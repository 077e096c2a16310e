import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { SCORE_SCALE, STATUS_LABEL, STATUS_MEANING } from '../../data/status';
import { LazyTooltip } from '../../../shared/components/LazyTooltip';

/** An info icon whose tooltip explains the 0–10 scale and the status words. */
export function ScoreScaleInfo() {
  const styles = useStyles2(getStyles);
  const content = (
    <div className={styles.content}>
      <p className={styles.text}>{SCORE_SCALE}</p>
      <dl className={styles.words}>
        {STATUS_MEANING.map(([status, meaning]) => (
          <div key={status}>
            <dt>{STATUS_LABEL[status]}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  return (
    <LazyTooltip content={content} placement="bottom-start">
      <span
        className={styles.icon}
        tabIndex={0}
        aria-label="How scores work"
        data-testid={testIds.balancedPanel.scoreScale}
      >
        <Icon name="info-circle" size="sm" />
      </span>
    </LazyTooltip>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  icon: css({ display: 'inline-flex', color: theme.colors.text.secondary, cursor: 'help' }),
  content: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), maxWidth: theme.spacing(50) }),
  text: css({ margin: 0 }),
  words: css({
    margin: 0,
    display: 'grid',
    gap: theme.spacing(0.25),
    div: { display: 'grid', gridTemplateColumns: `${theme.spacing(10)} 1fr`, gap: theme.spacing(1) },
    dt: { fontWeight: theme.typography.fontWeightMedium },
    dd: { margin: 0 },
  }),
});
