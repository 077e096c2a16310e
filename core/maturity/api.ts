import { z } from 'zod';
import { identityProblem } from '../identity';
import { resourceId } from '../schema/common';
import { EVIDENCE_CHECKS } from '../schema/maturity-model';
import { unitComparison } from './benchmark-api';
import { ANSWERS } from './types';

/** The request and response shapes of the maturity API (DESIGN §9): the server validates with them, clients parse. */

export const CYCLE_STATES = ['open', 'calibration', 'released'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

export const MAX_NOTE = 2000;

export const identity = z.string().superRefine((name, ctx) => {
  const problem = identityProblem(name);
  if (problem !== undefined) {
    ctx.addIssue({ code: 'custom', message: `the name ${problem}` });
  }
});

/** A business unit: a scorecard id or a label value. */
export const unitId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be letters, digits, ".", "_" and "-" (at most 100)');

export const isoDay = z.iso.date();
const note = z.string().max(MAX_NOTE);
const link = z.url({ protocol: /^https?$/ }).max(MAX_NOTE);

export const createCycleBody = z.strictObject({
  id: resourceId,
  model: resourceId,
  unit: unitId,
  year: z.int().min(2000).max(2100),
  assessors: z.array(identity).min(1).max(20),
  lead: identity,
  /** The day evidence and exemptions are read as of; default the year's last day, or today within the year. */
  asOf: isoDay.optional(),
});
export type CreateCycleBody = z.infer<typeof createCycleBody>;

export const cycleQuery = z.strictObject({
  model: resourceId.optional(),
  unit: unitId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(CYCLE_STATES).optional(),
});
export type CycleQuery = z.infer<typeof cycleQuery>;

export const cycle = z.object({
  id: z.string(),
  model: z.string(),
  modelVersion: z.number(),
  unit: z.string(),
  year: z.number(),
  asOf: z.string(),
  assessors: z.array(z.string()),
  lead: z.string(),
  state: z.enum(CYCLE_STATES),
  createdBy: z.string(),
  createdAt: z.string(),
  releasedBy: z.string().nullable(),
  releasedAt: z.string().nullable(),
  /** Criteria answered (n/a included) per assessor, of `criteria`. */
  progress: z.record(z.string(), z.number()),
  criteria: z.number(),
});
export type Cycle = z.infer<typeof cycle>;

export const answerEntry = z.strictObject({
  answer: z.enum(ANSWERS),
  note: note.optional(),
  link: link.optional(),
});
export type AnswerEntry = z.infer<typeof answerEntry>;

export const responsesBody = z.strictObject({ answers: z.record(z.string(), answerEntry) });
export type ResponsesBody = z.infer<typeof responsesBody>;

export const consensusBody = z.strictObject({
  answers: z.record(z.string(), z.strictObject({ answer: z.enum(ANSWERS), note: note.optional() })),
});
export type ConsensusBody = z.infer<typeof consensusBody>;

export const exemptionBody = z.strictObject({
  model: resourceId,
  unit: unitId,
  criterion: resourceId,
  reason: z.string().trim().min(1).max(MAX_NOTE),
  /** Last day the exemption holds (inclusive). */
  expires: isoDay,
});
export type ExemptionBody = z.infer<typeof exemptionBody>;

export const exemption = exemptionBody.extend({ createdBy: z.string(), createdAt: z.string() });
export type Exemption = z.infer<typeof exemption>;

export const evidence = z.object({
  check: z.enum(EVIDENCE_CHECKS),
  atLeast: z.number(),
  share: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  text: z.string(),
  answer: z.enum(['met', 'not-met']),
});
export type Evidence = z.infer<typeof evidence>;

/** One assessor's answer as it counts: given by the assessor, or taken from the evidence check. */
export const givenAnswer = z.object({
  answer: z.enum(ANSWERS),
  note: z.string().optional(),
  link: z.string().optional(),
  source: z.enum(['assessor', 'evidence', 'exemption']),
});
export type GivenAnswer = z.infer<typeof givenAnswer>;

export const responses = z.object({
  cycle: z.string(),
  assessor: z.string(),
  answers: z.record(z.string(), givenAnswer),
});
export type Responses = z.infer<typeof responses>;

const settled = z.object({ answer: z.enum(ANSWERS), note: z.string().nullable(), by: z.string(), at: z.string() });

export const criterionResult = z.object({
  id: z.string(),
  dimension: z.string(),
  stage: z.string(),
  text: z.string(),
  consensus: z.enum(ANSWERS).nullable(),
  disputed: z.boolean(),
  settled: settled.nullable(),
  byAssessor: z.record(z.string(), givenAnswer),
  evidence: evidence.nullable(),
  exemption: z.object({ reason: z.string(), expires: z.string() }).nullable(),
});
export type CriterionResult = z.infer<typeof criterionResult>;

const stageOrNull = z.string().nullable();

export const dimensionResult = z.object({
  id: z.string(),
  name: z.string(),
  stage: stageOrNull,
  stageIndex: z.number(),
  byAssessor: z.record(z.string(), stageOrNull),
  /** The next stage and the criteria still unmet to reach it (lower stages' first). */
  next: z.object({ stage: stageOrNull, criteria: z.array(z.string()) }),
});

export const cycleResults = z.object({
  id: z.string(),
  state: z.enum(CYCLE_STATES),
  unit: z.string(),
  year: z.number(),
  model: z.string(),
  modelVersion: z.number(),
  asOf: z.string(),
  assessors: z.array(z.string()),
  lead: z.string(),
  stages: z.array(z.object({ id: z.string(), name: z.string() })),
  dimensions: z.array(dimensionResult),
  agreement: z.object({ alpha: z.number().nullable(), byDimension: z.record(z.string(), z.number().nullable()) }),
  disputed: z.array(z.string()),
  criteria: z.array(criterionResult),
  previous: z
    .object({
      cycle: z.string(),
      year: z.number(),
      dimensions: z.array(z.object({ id: z.string(), stage: stageOrNull })),
    })
    .nullable(),
  change: z.record(z.string(), z.number()),
  /** Released cycles only, computed when read: the unit against the other units and against peers. */
  benchmark: unitComparison.optional(),
});
export type CycleResults = z.infer<typeof cycleResults>;
