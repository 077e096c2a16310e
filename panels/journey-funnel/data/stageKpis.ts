import { formattedValueToString, getValueFormat } from '@grafana/data';
import { rowUnit } from '../../shared/data/rowUnit';
import { STATUS_LABEL } from '../../shared/data/statusLabel';
import { type FunnelStageKpi } from '../../../core/query';
import { type StageKpiView } from './model';

/** The word beside each core Status, and beside the same statuses spelled out. */
export const STATUS_WORD: Record<string, string> = {
  ...STATUS_LABEL,
  'on-track': STATUS_LABEL.ok,
  'at-risk': STATUS_LABEL.warning,
  'off-track': STATUS_LABEL.critical,
};

/** A KPI's number in its own unit, written as the Balanced Scorecard writes it (rowUnit). */
export function kpiNumberText(value: number | null, unit: string | null, references: Array<number | null>): string {
  if (value === null) {
    return '–';
  }
  const written = rowUnit(unit, [value, ...references]);
  const text = formattedValueToString(getValueFormat(written.id)(value));
  return written.label === null ? text : `${text} ${written.label}`;
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
