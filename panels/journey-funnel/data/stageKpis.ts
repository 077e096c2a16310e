import { formattedValueToString, getValueFormat, getValueFormatterIndex } from '@grafana/data';
import { type FunnelStageKpi } from '../../../core/query';
import { type StageKpiView } from './model';

/** The word beside each core Status (and the scorecard's and spelled-out names): status never rests on colour alone. */
export const STATUS_WORD: Record<string, string> = {
  ok: 'On track',
  warning: 'At risk',
  critical: 'Off track',
  'no-data': 'No data',
  unscored: 'Not scored',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

const BUILT_UNITS = /^(prefix|suffix|si|count|currency|time|bool):/;
const isGrafanaUnit = (id: string) => id in getValueFormatterIndex() || BUILT_UNITS.test(id);

/** A KPI's number in its own unit: Grafana's formatter when it knows the unit, else the number and the unit's name. */
export function kpiNumberText(value: number | null, unit: string | null, references: Array<number | null>): string {
  if (value === null) {
    return '–';
  }
  const id = unit?.trim() ?? '';
  const fractions = [value, ...references].every((r) => r === null || Math.abs(r) <= 1);
  if (id === 'percent' || id === '%') {
    return formattedValueToString(getValueFormat(fractions ? 'percentunit' : 'percent')(value));
  }
  if (id === '' || isGrafanaUnit(id)) {
    return formattedValueToString(getValueFormat(id === '' ? 'none' : id)(value));
  }
  return `${formattedValueToString(getValueFormat('none')(value))} ${id}`;
}

/** A stage's KPIs as the panel shows them: value and target in the KPI's unit, status with its word. */
export function stageKpiViews(kpis: readonly FunnelStageKpi[]): StageKpiView[] {
  return kpis.map((k) => ({
    kpiId: k.kpiId,
    name: k.name,
    value: k.value,
    valueText: kpiNumberText(k.value, k.unit, [k.target]),
    target: k.target,
    targetText: k.target === null ? null : kpiNumberText(k.target, k.unit, [k.value]),
    status: k.status,
    statusWord: STATUS_WORD[k.status] ?? k.status,
    period: k.period,
  }));
}
