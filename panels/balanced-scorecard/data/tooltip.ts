import { dateTimeFormat } from '@grafana/data';
import { type KpiView } from './model';
import { periodText } from './period';
import { maybeText, scoreText, valueText, withUnit } from './status';

export interface TooltipLine {
  label: string;
  value: string;
}

const SOURCE: Record<KpiView['thresholdSource'], string> = {
  fields: 'from the data',
  'field-config': "from the value field's thresholds",
  target: 'from the target (panel option: red flag from target)',
  none: '',
};

function thresholdsText(kpi: KpiView): string | null {
  const goal = maybeText(kpi.goalDisplay);
  const redFlag = maybeText(kpi.redFlagDisplay);
  if (goal === null || redFlag === null) {
    return null;
  }
  const pair = withUnit(`${goal} / ${redFlag}`, kpi.unitLabel);
  return `${pair}, ${kpi.direction.replace(/-/g, ' ')} (${SOURCE[kpi.thresholdSource]})`;
}

/** What the KPI tooltip lists, in order; lines without a value are left out. Numbers share the row's unit and scale. */
export function tooltipLines(kpi: KpiView, timeZone: string): TooltipLine[] {
  const d = kpi.details;
  const indicator = d.indicator ? d.indicator.charAt(0).toUpperCase() + d.indicator.slice(1) : null;
  const target = maybeText(kpi.targetDisplay);
  const lines: Array<[string, string | null]> = [
    ['Definition', d.description],
    ['Owner', d.owner],
    ['Version', d.version === null ? null : `v${d.version}`],
    ['Indicator', indicator],
    ['Period', kpi.period ? periodText(kpi.period) : null],
    ['Value', kpi.value === null ? null : withUnit(valueText(kpi.display, kpi.value), kpi.unitLabel)],
    ['Target', target === null ? null : withUnit(target, kpi.unitLabel)],
    ['Goal / red flag', thresholdsText(kpi)],
    ['Score', kpi.score === null ? null : `${scoreText(kpi.score)} of 10 (red flag 3.3, goal 6.7)`],
    ['Sample', d.sample === null ? null : String(d.sample)],
    ['Last update', d.lastUpdate === null ? null : dateTimeFormat(d.lastUpdate, { timeZone })],
    ['Change', kpi.change ? `${kpi.change.text} vs ${kpi.change.basis}` : null],
  ];
  return lines.flatMap(([label, value]) => (value === null ? [] : [{ label, value }]));
}
