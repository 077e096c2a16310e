import { type DisplayValue, type FormattedValue, formattedValueToString, type GrafanaTheme2 } from '@grafana/data';
import { STATUS_LABEL } from '../../shared/data/statusLabel';
import { type KpiView, type ViewStatus } from './model';

export { STATUS_LABEL } from '../../shared/data/statusLabel';

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

/** A number followed by a unit Grafana does not know ("42.4 score"); a dash stays a dash. */
export const withUnit = (text: string, unitLabel: string | null): string =>
  unitLabel === null || text === '–' ? text : `${text} ${unitLabel}`;

/** A formatted number, or null without one. */
export const maybeText = (display: FormattedValue | null): string | null =>
  display === null ? null : formattedValueToString(display);

/** Value against target as the perspectives view writes it: "$9.30K / $28K", "42.4 / 45 score", "– / 20". */
export function valueAgainstTarget(kpi: KpiView): { value: string; target: string | null } {
  const value = valueText(kpi.display, kpi.value);
  const target = maybeText(kpi.targetDisplay);
  return target === null
    ? { value: withUnit(value, kpi.unitLabel), target: null }
    : { value, target: withUnit(target, kpi.unitLabel) };
}

/** The 0–10 scale every score is on, and what each status word means. */
export const SCORE_SCALE =
  'Scores run from 0 to 10: the red flag scores 3.3, the goal 6.7 and 10 is best, on a straight line between ' +
  'and beyond. Objectives, perspectives and the scorecard roll up the scores of what they hold.';

export const STATUS_MEANING: Array<[ViewStatus, string]> = [
  ['ok', 'at or beyond the goal'],
  ['warning', 'between the red flag and the goal'],
  ['critical', 'at or beyond the red flag'],
  ['unscored', 'a value with nothing to score it by, too small a sample, or a value that cannot be right'],
  ['no-data', 'no value'],
];

/** The scale and the status words in one line, for a title attribute. */
export const SCORE_SCALE_TITLE = `${SCORE_SCALE} ${STATUS_MEANING.map(([s, m]) => `${STATUS_LABEL[s]}: ${m}.`).join(' ')}`;
