import { z } from 'zod';
import { kpiDocument } from './kpi';
import { scorecardDocument } from './scorecard';
import { journeyDocument } from './journey';
import { sourceDocument } from './source';
import { freezeWindowDocument } from './freeze-window';
import { maturityModelDocument } from './maturity-model';
import { escalationPolicyDocument } from '../escalation/policy';

export * from './common';
export * from './kpi';
export * from './scorecard';
export * from './journey';
export * from './source';
export * from './freeze-window';
export * from './maturity-model';

export const KINDS = [
  'KPI',
  'Scorecard',
  'Journey',
  'Source',
  'FreezeWindow',
  'MaturityModel',
  'EscalationPolicy',
] as const;
export type Kind = (typeof KINDS)[number];

/** Schema of each kind's document, keyed by kind. */
export const documentSchemas = {
  KPI: kpiDocument,
  Scorecard: scorecardDocument,
  Journey: journeyDocument,
  Source: sourceDocument,
  FreezeWindow: freezeWindowDocument,
  MaturityModel: maturityModelDocument,
  EscalationPolicy: escalationPolicyDocument,
} as const;

export const resourceDocument = z.discriminatedUnion('kind', [
  kpiDocument,
  scorecardDocument,
  journeyDocument,
  sourceDocument,
  freezeWindowDocument,
  maturityModelDocument,
  escalationPolicyDocument,
]);
export type ResourceDocument = z.infer<typeof resourceDocument>;

/** URL path segment of each kind in the API (/api/v1/<plural>). */
export const KIND_PATHS: Record<Kind, string> = {
  KPI: 'kpis',
  Scorecard: 'scorecards',
  Journey: 'journeys',
  Source: 'sources',
  FreezeWindow: 'freeze-windows',
  MaturityModel: 'maturity-models',
  EscalationPolicy: 'escalation-policies',
};

export const isKind = (value: unknown): value is Kind => KINDS.some((k) => k === value);
