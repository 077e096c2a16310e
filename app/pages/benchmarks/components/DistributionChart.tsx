import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type Bar } from '../data/distribution';

interface Props {
  bars: Bar[];
  /** The highlighted unit, named beside its bar. */
  unit: string;
  barTestId?: (key: string) => string;
}

/** Units per stage, lowest stage first, as bars with their counts in text; the unit's stage and the median marked. */
export function DistributionChart({ bars, unit, barTestId }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.grid} role="list">
      {bars.map((b) => (
        <div key={b.key} className={styles.row} role="listitem" data-testid={barTestId?.(b.key)}>
          <span className={cx(styles.label, b.unit && styles.strong)}>{b.label}</span>
          <span className={cx(styles.track, b.median && styles.medianTrack)}>
            <span className={cx(styles.fill, b.unit && styles.unitFill)} style={{ width: `${b.share * 100}%` }} />
          </span>
          <span className={cx(styles.value, b.unit && styles.strong)}>
            {b.count}
            {b.median && <span className={styles.tag}>median</span>}
            {b.unit && <span className={cx(styles.tag, styles.unitTag)}>{unit}</span>}
          </span>
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  row: css({
    display: 'grid',
    gridTemplateColumns: `${theme.spacing(20)} minmax(${theme.spacing(10)}, 1fr) ${theme.spacing(16)}`,
    gap: theme.spacing(1),
    alignItems: 'center',
  }),
  label: css({ fontSize: theme.typography.bodySmall.fontSize, color: theme.colors.text.secondary }),
  strong: css({ color: theme.colors.text.primary, fontWeight: theme.typography.fontWeightMedium }),
  track: css({
    height: theme.spacing(2),
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.default,
    border: `1px solid transparent`,
    overflow: 'hidden',
  }),
  medianTrack: css({ border: `1px dashed ${theme.colors.text.secondary}` }),
  fill: css({ display: 'block', height: '100%', background: theme.colors.info.transparent }),
  unitFill: css({ background: theme.colors.primary.main }),
  value: css({
    display: 'flex',
    gap: theme.spacing(0.5),
    alignItems: 'center',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  tag: css({
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.border.medium}`,
    color: theme.colors.text.secondary,
  }),
  unitTag: css({ borderColor: theme.colors.primary.border, color: theme.colors.primary.text }),
});
