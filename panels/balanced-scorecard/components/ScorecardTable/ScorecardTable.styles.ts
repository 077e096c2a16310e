import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';

export const getStyles = (theme: GrafanaTheme2) => {
  const cellPadding = theme.spacing(0.5, 1);
  return {
    scroll: css({ overflow: 'auto' }),
    table: css({
      width: '100%',
      borderCollapse: 'separate',
      borderSpacing: 0,
      fontSize: theme.typography.bodySmall.fontSize,
    }),
    header: css({
      position: 'sticky',
      top: 0,
      zIndex: 1,
      padding: cellPadding,
      textAlign: 'left',
      whiteSpace: 'nowrap',
      fontWeight: theme.typography.fontWeightMedium,
      color: theme.colors.text.secondary,
      background: theme.colors.background.primary,
      borderBottom: `1px solid ${theme.colors.border.medium}`,
    }),
    sortButton: css({
      display: 'inline-flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      padding: 0,
      border: 'none',
      background: 'none',
      font: 'inherit',
      color: 'inherit',
      cursor: 'pointer',
      '&:hover': { color: theme.colors.text.primary },
      '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: theme.spacing(0.25) },
    }),
    caption: css({
      padding: cellPadding,
      textAlign: 'left',
      fontWeight: theme.typography.fontWeightMedium,
      background: theme.colors.background.secondary,
      borderBottom: `1px solid ${theme.colors.border.weak}`,
    }),
    row: css({ '&:hover': { background: theme.colors.action.hover } }),
    cell: css({
      padding: cellPadding,
      verticalAlign: 'middle',
      borderBottom: `1px solid ${theme.colors.border.weak}`,
    }),
    numeric: css({ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }),
    trend: css({ lineHeight: 0 }),
    note: css({ color: theme.colors.warning.text, textDecoration: 'underline dotted' }),
    empty: css({ padding: theme.spacing(1), color: theme.colors.text.secondary }),
  };
};
