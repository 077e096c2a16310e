import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type Orientation } from '../../options';
import { type StageView } from '../../data/model';
import { testIds } from '../../../../app/testIds';
import { type BarGeometry } from './layout';

interface Props {
  stage: StageView;
  geometry: BarGeometry;
  orientation: Orientation;
  /** Bar colour: the stage's own, or the breakdown value's. */
  color: string;
  showInProgress: boolean;
  showGhost: boolean;
  /** Prefix of the test ids, so grouped bars of one stage stay apart. */
  idKey?: string;
}

const pct = (share: number) => `${share * 100}%`;

/** One bar on its track: the count's share of the first stage, in-progress hatched, previous period as an outline. */
export function StageBar({ stage, geometry, orientation, color, showInProgress, showGhost, idKey = stage.key }: Props) {
  const styles = useStyles2(getStyles, orientation);
  const length = orientation === 'horizontal' ? 'width' : 'height';
  return (
    <div className={styles.track}>
      {stage.impossible ? (
        <div
          className={cx(styles.bar, styles.impossible)}
          style={{ [length]: '100%' }}
          data-testid={testIds.funnelPanel.bar(idKey)}
        />
      ) : (
        <div
          className={styles.bar}
          style={{ [length]: pct(geometry.share), background: color }}
          data-testid={testIds.funnelPanel.bar(idKey)}
          data-share={geometry.share}
        >
          {/* on the first stage every recent entrant is in progress: shading it says nothing */}
          {showInProgress && stage.index > 0 && geometry.inProgressOfBar > 0 && (
            <div
              className={styles.inProgress}
              style={{ [length]: pct(geometry.inProgressOfBar) }}
              data-testid={testIds.funnelPanel.inProgress(idKey)}
              title="In progress: still inside the conversion window"
            />
          )}
        </div>
      )}
      {showGhost && geometry.ghostShare !== null && (
        <div
          className={styles.ghost}
          style={{ [length]: pct(geometry.ghostShare) }}
          data-testid={testIds.funnelPanel.ghost(idKey)}
          data-share={geometry.ghostShare}
          title="Previous period"
        />
      )}
    </div>
  );
}

/** Diagonal stripes over the bar's colour, in the page background so they read in light and dark. */
export const hatch = (theme: GrafanaTheme2) =>
  `repeating-linear-gradient(135deg, transparent 0 ${theme.spacing(0.5)}, ${theme.colors.background.primary} ${theme.spacing(0.5)} ${theme.spacing(0.875)})`;

const getStyles = (theme: GrafanaTheme2, orientation: Orientation) => {
  const horizontal = orientation === 'horizontal';
  const anchor = horizontal ? { left: 0, top: 0, bottom: 0 } : { left: 0, right: 0, bottom: 0 };
  return {
    track: css({
      position: 'relative',
      background: theme.colors.background.secondary,
      borderRadius: theme.shape.radius.default,
      ...(horizontal ? { height: theme.spacing(2.5), width: '100%' } : { width: '100%', height: theme.spacing(18) }),
    }),
    bar: css({ position: 'absolute', ...anchor, borderRadius: theme.shape.radius.default }),
    inProgress: css({
      position: 'absolute',
      ...(horizontal ? { right: 0, top: 0, bottom: 0 } : { left: 0, right: 0, top: 0 }),
      backgroundImage: hatch(theme),
      opacity: 0.6,
    }),
    ghost: css({
      position: 'absolute',
      ...anchor,
      border: `1px dashed ${theme.colors.text.primary}`,
      borderRadius: theme.shape.radius.default,
      pointerEvents: 'none',
    }),
    impossible: css({
      background: theme.colors.warning.transparent,
      border: `2px dashed ${theme.colors.warning.border}`,
      boxSizing: 'border-box',
    }),
  };
};
