import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { percentOf } from '../data/progress';

interface Props {
  answered: number;
  total: number;
  label: string;
}

export function ProgressBar({ answered, total, label }: Props) {
  const styles = useStyles2(getStyles);
  const percent = percentOf(answered, total);
  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={answered}
      aria-valuetext={`${answered} of ${total} answered`}
    >
      <div className={percent === 100 ? styles.full : styles.fill} style={{ width: `${percent}%` }} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const bar = { height: '100%', borderRadius: theme.shape.radius.pill, transition: 'width 0.2s ease-out' };
  return {
    track: css({
      height: theme.spacing(1),
      width: '100%',
      borderRadius: theme.shape.radius.pill,
      background: theme.colors.background.canvas,
      border: `1px solid ${theme.colors.border.weak}`,
      overflow: 'hidden',
    }),
    fill: css({ ...bar, background: theme.colors.primary.main }),
    full: css({ ...bar, background: theme.colors.success.main }),
  };
};
