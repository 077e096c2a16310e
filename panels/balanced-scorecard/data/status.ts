import { type DisplayValue, formattedValueToString, type GrafanaTheme2 } from '@grafana/data';
import { type ViewStatus } from './model';

/** Words for each status: shown beside the icon and colour, so status never rests on colour alone. */
export const STATUS_LABEL: Record<ViewStatus, string> = {
  ok: 'On track',
  warning: 'At risk',
  critical: 'Off track',
  'no-data': 'No data',
  unscored: 'Not scored',
};

/** The theme's colour for a status (text-safe shades). */
export function statusColor(theme: GrafanaTheme2, status: ViewStatus): string {
  switch (status) {
    case 'ok':
      return theme.colors.success.text;
    case 'warning':
      return theme.colors.warning.text;
    case 'critical':
      return theme.colors.error.text;
    default:
      return theme.colors.text.secondary;
  }
}

/** A 0..10 score as shown: one decimal, or a dash without a score. */
export const scoreText = (score: number | null): string => (score === null ? '–' : score.toFixed(1));

/** A 0..1 share as a whole percentage. */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** A formatted value, or a dash when there is none (the field's "No value" text where one is set). */
export function valueText(display: DisplayValue, value: number | null): string {
  const text = formattedValueToString(display);
  return value === null && text.trim() === '' ? '–' : text;
}
