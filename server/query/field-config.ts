import { type KpiDocument } from '../../core/schema';
import { type FieldConfigJson, type Threshold } from './frame';

/** Grafana threshold steps from a KPI's red flag and goal, coloured by its direction. */
export function kpiThresholds(spec: KpiDocument['spec']): Threshold[] {
  const { redFlag, goal } = spec.thresholds;
  if (spec.direction === 'higher-is-better') {
    return [
      { value: null, color: 'red' },
      { value: redFlag, color: 'orange' },
      { value: goal, color: 'green' },
    ];
  }
  return [
    { value: null, color: 'green' },
    { value: goal, color: 'orange' },
    { value: redFlag, color: 'red' },
  ];
}

/**
 * The Grafana unit id of a KPI: its unit as written, except that '%' is Grafana's 'percent', and a percent
 * whose target and thresholds all lie within 0..1 is given as fractions ('percentunit'), as the panel reads it.
 */
export function grafanaUnit(spec: Pick<KpiDocument['spec'], 'unit' | 'target' | 'thresholds'>): string {
  if (spec.unit !== 'percent' && spec.unit !== '%') {
    return spec.unit;
  }
  const references = [spec.target, spec.thresholds.redFlag, spec.thresholds.goal];
  return references.every((r) => r >= 0 && r <= 1) ? 'percentunit' : 'percent';
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const CURRENCY: Record<string, string> = { currencyUSD: '$', currencyEUR: '€', currencyGBP: '£' };
const TIME: Record<string, [string, string]> = {
  ms: ['ms', 'ms'],
  s: ['s', 's'],
  m: ['min', 'min'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
};

/** A number written in a KPI's unit, in full: "2.5%" (percentunit 0.025), "$28,000", "40 hours", "45 score". */
export function valueInUnit(value: number | null, unit: string): string | null {
  if (value === null) {
    return null;
  }
  const n = NUMBER.format(unit === 'percentunit' ? value * 100 : value);
  if (unit === 'percentunit' || unit === 'percent') {
    return `${n}%`;
  }
  const symbol = CURRENCY[unit];
  const time = TIME[unit];
  if (symbol !== undefined) {
    return value < 0 ? `-${symbol}${n.slice(1)}` : `${symbol}${n}`;
  }
  if (time !== undefined) {
    return `${n} ${Math.abs(value) === 1 ? time[0] : time[1]}`;
  }
  return unit === '' || unit === 'none' || unit === 'short' ? n : `${n} ${unit}`;
}

/** Unit, thresholds and display name of a KPI's value field. */
export function kpiFieldConfig(kpi: KpiDocument, displayName: string): FieldConfigJson {
  return {
    displayNameFromDS: displayName,
    unit: grafanaUnit(kpi.spec),
    thresholds: { mode: 'absolute', steps: kpiThresholds(kpi.spec) },
    custom: { kpiId: kpi.metadata.id },
  };
}

/** Helper fields (sample size, margin of error, flags) stay in the frame and tooltips but out of graphs. */
export const HIDDEN_FROM_VIZ: FieldConfigJson = { custom: { hideFrom: { viz: true, legend: true, tooltip: false } } };
