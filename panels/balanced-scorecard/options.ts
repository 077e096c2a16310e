import { type Direction, type RollupMode } from '../../core';

export const FIELD_ROLES = [
  'perspective',
  'objective',
  'kpi',
  'value',
  'target',
  'redFlag',
  'goal',
  'weight',
  'objectiveWeight',
  'perspectiveWeight',
  'direction',
  'unit',
  'owner',
  'kpiId',
  'version',
  'causes',
  'period',
  'periodLabel',
  'periodStart',
  'periodEnd',
  'partial',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];
export type FieldNames = Record<FieldRole, string>;

/** Roles every scorecard input needs; the rest fall back to panel options and field config. */
export const REQUIRED_ROLES: FieldRole[] = ['perspective', 'objective', 'kpi', 'value'];

export type View = 'grid' | 'table' | 'map';

/** A perspective as the panel shows it: rows match it by id or name; a weight here wins over the data's. */
export interface PerspectiveOption {
  id: string;
  name: string;
  weight?: number;
}

export interface ScoringOptions {
  rollupMode: RollupMode;
  /** For rows without a direction field. */
  direction: Direction;
  /** Rows with a target but no red flag: the red flag lies this many percent of the target on the wrong side. */
  redFlagGap: number;
}

export interface DisplayOptions {
  sparklines: boolean;
  change: boolean;
  /** A KPI whose latest point is older than this before the end of the time range is flagged stale; '' never. */
  staleAfter: string;
  /** A bell beside KPIs that escalation annotations name, and open escalations per perspective. */
  escalations: boolean;
}

export interface Options {
  view: View;
  fields: FieldNames;
  perspectives: PerspectiveOption[];
  scoring: ScoringOptions;
  display: DisplayOptions;
}

export const DEFAULT_PERSPECTIVES: PerspectiveOption[] = [
  { id: 'financial', name: 'Financial' },
  { id: 'customer', name: 'Customer' },
  { id: 'internal-process', name: 'Internal process' },
  { id: 'learning-growth', name: 'Learning and growth' },
];

/** Each role's field is named after the role, as the KPI datasource's scorecard frame names them. */
export const DEFAULT_FIELD_NAMES: FieldNames = {
  perspective: 'perspective',
  objective: 'objective',
  kpi: 'kpi',
  value: 'value',
  target: 'target',
  redFlag: 'redFlag',
  goal: 'goal',
  weight: 'weight',
  objectiveWeight: 'objectiveWeight',
  perspectiveWeight: 'perspectiveWeight',
  direction: 'direction',
  unit: 'unit',
  owner: 'owner',
  kpiId: 'kpiId',
  version: 'version',
  causes: 'causes',
  period: 'period',
  periodLabel: 'periodLabel',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  partial: 'partial',
};

export const defaultOptions: Options = {
  view: 'grid',
  fields: DEFAULT_FIELD_NAMES,
  perspectives: DEFAULT_PERSPECTIVES,
  scoring: { rollupMode: 'weighted', direction: 'higher-is-better', redFlagGap: 20 },
  display: { sparklines: true, change: true, staleAfter: '30d', escalations: true },
};
