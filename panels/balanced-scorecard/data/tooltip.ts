import { dateTimeFormat, formattedValueToString } from '@grafana/data';
import { type KpiView } from './model';
import { scoreText } from './status';

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

/** What the KPI tooltip lists, in order; lines without a value are left out. */
export function tooltipLines(kpi: KpiView, timeZone: string): TooltipLine[] {
  const d = kpi.details;
  const indicator = d.indicator ? d.indicator.charAt(0).toUpperCase() + d.indicator.slice(1) : null;
  const lines: Array<[string, string | null]> = [
    ['Definition', d.description],
    ['Owner', d.owner],
    ['Version', d.version === null ? null : `v${d.version}`],
    ['Indicator', indicator],
    ['Value', kpi.value === null ? null : formattedValueToString(kpi.display)],
    ['Target', kpi.targetDisplay ? formattedValueToString(kpi.targetDisplay) : null],
    [
      'Goal / red flag',
      kpi.goal === null || kpi.redFlag === null
        ? null
        : `${kpi.goal} / ${kpi.redFlag}, ${kpi.direction.replace(/-/g, ' ')} (${SOURCE[kpi.thresholdSource]})`,
    ],
    ['Score', kpi.score === null ? null : `${scoreText(kpi.score)} of 10`],
    ['Sample', d.sample === null ? null : String(d.sample)],
    ['Last update', d.lastUpdate === null ? null : dateTimeFormat(d.lastUpdate, { timeZone })],
    ['Change', kpi.change ? `${kpi.change.text} vs ${kpi.change.basis}` : null],
  ];
  return lines.flatMap(([label, value]) => (value === null ? [] : [{ label, value }]));
}
