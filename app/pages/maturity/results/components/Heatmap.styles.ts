import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';

export const getHeatmapStyles = (theme: GrafanaTheme2) => ({
  scroll: css({ overflowX: 'auto' }),
  table: css({
    borderCollapse: 'separate',
    borderSpacing: theme.spacing(0.5),
    minWidth: '100%',
    th: { fontWeight: theme.typography.fontWeightMedium, textAlign: 'left', padding: theme.spacing(0.5, 1) },
  }),
  cell: css({
    minWidth: theme.spacing(12),
    textAlign: 'center',
    padding: theme.spacing(1),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    color: theme.colors.text.disabled,
    border: `2px solid transparent`,
  }),
  filled: css({ background: theme.colors.primary.transparent, color: theme.colors.text.primary }),
  current: css({
    background: theme.colors.primary.main,
    color: theme.colors.primary.contrastText,
    fontWeight: theme.typography.fontWeightBold,
  }),
  previous: css({ borderColor: theme.colors.text.secondary, borderStyle: 'dashed' }),
  up: css({ color: theme.colors.success.text }),
  down: css({ color: theme.colors.error.text }),
  flat: css({ color: theme.colors.text.secondary }),
  change: css({ whiteSpace: 'nowrap', cursor: 'default' }),
  assessors: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  legend: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
