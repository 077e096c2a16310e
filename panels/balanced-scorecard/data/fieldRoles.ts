import { type Field, FieldType } from '@grafana/data';
import { type FieldRole } from '../options';

/** What a role's field holds, which decides the fields its picker offers. */
export type RoleKind = 'text' | 'number' | 'list' | 'time' | 'flag';

export interface RoleInfo {
  label: string;
  kind: RoleKind;
  description: string;
}

/** The field types each kind reads (see read.ts: numbers also from numeric text, times also from date text). */
const KIND_TYPES: Record<RoleKind, FieldType[]> = {
  text: [FieldType.string],
  number: [FieldType.number],
  list: [FieldType.string, FieldType.other],
  time: [FieldType.time, FieldType.number, FieldType.string],
  flag: [FieldType.boolean, FieldType.string, FieldType.number],
};

export const NO_FIELDS_MESSAGE: Record<RoleKind, string> = {
  text: 'No text field in the data',
  number: 'No numeric field in the data',
  list: 'No text or list field in the data',
  time: 'No time, number or text field in the data',
  flag: 'No boolean, text or number field in the data',
};

/** Whether a field can hold a role of this kind: what its field-name picker offers. */
export const fieldFits =
  (kind: RoleKind) =>
  (field: Field): boolean =>
    KIND_TYPES[kind].includes(field.type);

export const ROLE_INFO: Record<FieldRole, RoleInfo> = {
  perspective: { label: 'Perspective', kind: 'text', description: 'Perspective of each KPI row (required)' },
  objective: { label: 'Objective', kind: 'text', description: 'Objective the KPI serves (required)' },
  kpi: { label: 'KPI name', kind: 'text', description: 'Name of the KPI (required)' },
  value: { label: 'Value', kind: 'number', description: 'Value of the KPI for the period (required)' },
  target: { label: 'Target', kind: 'number', description: 'Target; the goal when no goal is given' },
  redFlag: { label: 'Red flag', kind: 'number', description: 'Value at which the KPI is off track' },
  goal: { label: 'Goal', kind: 'number', description: 'Value at which the KPI is on track' },
  weight: { label: 'KPI weight', kind: 'number', description: "KPI's weight within its objective (1 when empty)" },
  objectiveWeight: {
    label: 'Objective weight',
    kind: 'number',
    description: "Objective's weight within its perspective (1 when empty)",
  },
  perspectiveWeight: {
    label: 'Perspective weight',
    kind: 'number',
    description: "Perspective's weight in the scorecard; a weight set under Perspectives wins",
  },
  direction: {
    label: 'Direction',
    kind: 'text',
    description: 'higher-is-better or lower-is-better per row; else the Scoring direction',
  },
  unit: {
    label: 'Unit',
    kind: 'text',
    description: "Grafana unit per row (percent, currencyUSD …); wins over the field's",
  },
  owner: { label: 'Owner', kind: 'text', description: 'Who answers for the KPI, shown in its tooltip' },
  kpiId: { label: 'KPI id', kind: 'text', description: 'Matches the KPI to its trend series by id' },
  version: { label: 'Version', kind: 'number', description: "Version of the KPI's definition, shown in its tooltip" },
  causes: {
    label: 'Causes',
    kind: 'list',
    description: 'Objectives this objective drives (ids or names, comma-separated): the strategy-map arrows',
  },
  period: { label: 'Period', kind: 'text', description: 'How often the KPI is reported (month, quarter …)' },
  periodLabel: {
    label: 'Period label',
    kind: 'text',
    description: 'The period the value covers, as written ("April 2026")',
  },
  periodStart: { label: 'Period start', kind: 'time', description: 'Start of the period the value covers' },
  periodEnd: { label: 'Period end', kind: 'time', description: 'End of the period the value covers (exclusive)' },
  partial: {
    label: 'Partial period',
    kind: 'flag',
    description: 'True when the value covers the running period to date',
  },
};
