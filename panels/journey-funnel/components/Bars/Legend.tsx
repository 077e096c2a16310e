import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { hatch } from './StageBar';

interface Props {
  inProgress: boolean;
  previous: boolean;
  /** Breakdown values with their colours (grouped bars). */
  groups?: Array<{ name: string; color: string }>;
}

/** What the hatched part, the outlines and the colours mean. */
export function Legend({ inProgress, previous, groups = [] }: Props) {
  const styles = useStyles2(getStyles);
  if (!inProgress && !previous && groups.length === 0) {
    return null;
  }
  return (
    <ul className={styles.legend} data-testid={testIds.funnelPanel.legend} aria-label="Legend">
      {groups.map((group) => (
        <li key={group.name} className={styles.item}>
          <span className={styles.swatch} style={{ background: group.color }} />
          <span className={styles.name} title={group.name}>
            {group.name}
          </span>
        </li>
      ))}
      {inProgress && (
        <li className={styles.item}>
          <span className={styles.swatch}>
            <span className={styles.hatched} />
          </span>
          in progress
        </li>
      )}
      {previous && (
        <li className={styles.item}>
          <span className={styles.outline} />
          previous period
        </li>
      )}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const swatch = { display: 'inline-block', width: theme.spacing(1.5), height: theme.spacing(1.5), flexShrink: 0 };
  return {
    legend: css({
      display: 'flex',
      flexWrap: 'wrap',
      gap: theme.spacing(0.5, 2),
      listStyle: 'none',
      margin: 0,
      padding: 0,
      fontSize: theme.typography.bodySmall.fontSize,
      color: theme.colors.text.secondary,
    }),
    item: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5), minWidth: 0 }),
    name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: theme.spacing(20) }),
    swatch: css({ ...swatch, position: 'relative', background: theme.colors.text.secondary }),
    hatched: css({ position: 'absolute', inset: 0, backgroundImage: hatch(theme), opacity: 0.6 }),
    outline: css({ ...swatch, border: `1px dashed ${theme.colors.text.primary}` }),
  };
};
