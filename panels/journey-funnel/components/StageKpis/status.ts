import { type IconName } from '@grafana/data';

export type KpiTone = 'success' | 'warning' | 'error' | 'none';

// Both the scorecard's statuses (ok/warning/critical) and the funnel frame's words (on-track/at-risk/off-track).
const TONES: Record<string, KpiTone> = {
  ok: 'success',
  'on-track': 'success',
  warning: 'warning',
  'at-risk': 'warning',
  critical: 'error',
  'off-track': 'error',
};

const ICONS: Record<KpiTone, IconName> = {
  success: 'check-circle',
  warning: 'exclamation-triangle',
  error: 'times-circle',
  none: 'question-circle',
};

/** The tone and icon of a stage KPI's status; unknown statuses read as no data. */
export function kpiStatus(status: string): { tone: KpiTone; icon: IconName } {
  const tone = TONES[status] ?? 'none';
  return { tone, icon: ICONS[tone] };
}
