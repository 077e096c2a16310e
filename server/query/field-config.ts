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

/** Unit, thresholds and display name of a KPI's value field (DESIGN §6). */
export function kpiFieldConfig(kpi: KpiDocument, displayName: string): FieldConfigJson {
  return {
    displayNameFromDS: displayName,
    unit: kpi.spec.unit,
    thresholds: { mode: 'absolute', steps: kpiThresholds(kpi.spec) },
    custom: { kpiId: kpi.metadata.id },
  };
}

/** Helper fields (sample size, margin of error, flags) stay in the frame and tooltips but out of graphs. */
export const HIDDEN_FROM_VIZ: FieldConfigJson = { custom: { hideFrom: { viz: true, legend: true, tooltip: false } } };
