import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type Status } from '../../../../core';
import { type Point, type Rect } from '../../data/mapLayout';
import { type ObjectiveView } from '../../data/model';
import { scoreText, STATUS_LABEL } from '../../data/status';
import { StatusBadge } from '../Status/StatusBadge';
import { useOverflowTitle } from './useOverflowTitle';

interface Props {
  objective: ObjectiveView;
  rect: Rect;
  /** The top-left corner of the band the node is placed in. */
  origin: Point;
}

const nodeLabel = ({ name, score, status }: ObjectiveView) =>
  `${name}: ${score === null ? 'no score' : scoreText(score)}, ${STATUS_LABEL[status]}`;

export function MapNode({ objective, rect, origin }: Props) {
  const styles = useStyles2(getStyles);
  const nameRef = useOverflowTitle<HTMLSpanElement>(objective.name, rect.width);
  return (
    <div
      role="listitem"
      tabIndex={0}
      aria-label={nodeLabel(objective)}
      data-testid={testIds.balancedPanel.mapNode(objective.key)}
      className={cx(styles.node, styles.tone[objective.status])}
      style={{ left: rect.x - origin.x, top: rect.y - origin.y, width: rect.width, height: rect.height }}
    >
      <span ref={nameRef} className={styles.name}>
        {objective.name}
      </span>
      <span className={styles.status}>
        <Text variant="bodySmall" weight="medium" tabular>
          {scoreText(objective.score)}
        </Text>
        <StatusBadge status={objective.status} />
      </span>
    </div>
  );
}

/** The status's border over its tint, laid on the page background so arrows behind stay hidden. */
const tinted = (theme: GrafanaTheme2, border: string, tint: string) =>
  css({ borderColor: border, background: `linear-gradient(${tint}, ${tint}), ${theme.colors.background.primary}` });

const getStyles = (theme: GrafanaTheme2) => ({
  node: css({
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: theme.spacing(0.25),
    padding: theme.spacing(0.5, 1),
    border: '1px solid',
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
    '&:focus-visible': {
      outline: `${theme.spacing(0.25)} solid ${theme.colors.primary.border}`,
      outlineOffset: theme.spacing(0.25),
    },
  }),
  tone: {
    ok: tinted(theme, theme.colors.success.border, theme.colors.success.transparent),
    warning: tinted(theme, theme.colors.warning.border, theme.colors.warning.transparent),
    critical: tinted(theme, theme.colors.error.border, theme.colors.error.transparent),
    'no-data': tinted(theme, theme.colors.border.medium, theme.colors.background.secondary),
  } satisfies Record<Status, string>,
  name: css({
    ...theme.typography.bodySmall,
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  status: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 0,
    overflow: 'hidden',
  }),
});
