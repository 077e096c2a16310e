import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type StageView } from '../../data/model';
import { points } from '../format';
import { testIds } from '../../../../app/testIds';

/** Change of conversion against the previous period, with the significance mark when the test says so. */
export function StageChange({ stage }: { stage: StageView }) {
  const styles = useStyles2(getStyles);
  if (stage.change === null) {
    return null;
  }
  return (
    <div className={styles.root} data-testid={testIds.funnelPanel.change(stage.key)}>
      <span>{points(stage.change)} vs previous period</span>
      {stage.significant && (
        <span className={styles.significant}>
          <Icon name="star" size="xs" aria-hidden />
          significant
        </span>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  significant: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.25),
    color: theme.colors.text.primary,
    fontWeight: theme.typography.fontWeightMedium,
  }),
});
