import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';

export const getStyles = (theme: GrafanaTheme2) => ({
  paper: css({
    maxWidth: '210mm',
    margin: theme.spacing(2, 'auto'),
    padding: theme.spacing(6, 7),
    background: theme.colors.background.primary,
    color: theme.colors.text.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    boxShadow: theme.shadows.z2,
    fontSize: theme.typography.body.fontSize,
    lineHeight: theme.typography.body.lineHeight,
  }),
  title: css({
    margin: theme.spacing(0, 0, 1),
    fontSize: theme.typography.h1.fontSize,
  }),
  provisional: css({
    margin: theme.spacing(1, 0),
    padding: theme.spacing(1, 1.5),
    borderLeft: `4px solid ${theme.colors.warning.border}`,
    fontWeight: theme.typography.fontWeightMedium,
  }),
  facts: css({
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(2, 0, 0),
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0 },
  }),
  section: css({
    marginTop: theme.spacing(4),
    h2: { fontSize: theme.typography.h3.fontSize, margin: theme.spacing(0, 0, 1.5) },
    h3: { fontSize: theme.typography.h5.fontSize, margin: theme.spacing(2, 0, 0.5) },
  }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    'th, td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: theme.spacing(0.5, 1),
      borderBottom: `1px solid ${theme.colors.border.medium}`,
    },
    th: { background: theme.colors.background.secondary, fontWeight: theme.typography.fontWeightMedium },
  }),
  muted: css({ color: theme.colors.text.secondary }),
  up: css({ color: theme.colors.success.text, fontWeight: theme.typography.fontWeightBold }),
  down: css({ color: theme.colors.error.text, fontWeight: theme.typography.fontWeightBold }),
  list: css({ margin: 0, paddingLeft: theme.spacing(3) }),
});
