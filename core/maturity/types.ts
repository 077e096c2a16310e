import { type EVIDENCE_CHECKS, type MaturityModelSpec } from '../schema/maturity-model';

export const ANSWERS = ['met', 'partial', 'not-met', 'n/a'] as const;
/** An assessor's answer to one criterion; `n/a` counts as not answered. */
export type Answer = (typeof ANSWERS)[number];
/** The answers agreement is computed over (n/a is missing data). */
export const RATED_ANSWERS = ['met', 'partial', 'not-met'] as const;

export type MaturityStage = MaturityModelSpec['stages'][number];
export type MaturityDimension = MaturityModelSpec['dimensions'][number];
export type MaturityCriterion = MaturityDimension['criteria'][number];
export type EvidenceCheck = (typeof EVIDENCE_CHECKS)[number];

/** Answers by criterion id; a criterion missing from the map was not answered (not met). */
export type AnswerMap = Readonly<Record<string, Answer | undefined>>;

/** One criterion's consensus: the strict-majority answer, or disputed (answer null) with the votes. */
export interface CriterionConsensus {
  criterion: string;
  /** null when disputed or when nobody answered. */
  answer: Answer | null;
  disputed: boolean;
  /** Answers per assessor who gave one (n/a included). */
  votes: Record<string, Answer>;
}

/** Stage per dimension: a stage id, or null when not even the lowest stage is met. */
export type DimensionStages = Readonly<Record<string, string | null>>;
