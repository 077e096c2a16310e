import {
  type Answer,
  type AnswerMap,
  type MaturityCriterion,
  type MaturityDimension,
  type MaturityStage,
} from './types';

/** The answer recorded for a criterion; own keys only, so ids such as "constructor" are not inherited. */
export function answerOf(answers: AnswerMap, criterionId: string): Answer | undefined {
  return Object.hasOwn(answers, criterionId) ? answers[criterionId] : undefined;
}

const unmet = (answers: AnswerMap, c: MaturityCriterion): boolean => {
  const answer = answerOf(answers, c.id);
  return answer !== 'met' && answer !== 'n/a';
};

/** A stage's 1-based position in the model's stages; 0 for null. */
export function stageIndex(stage: string | null, stages: readonly MaturityStage[]): number {
  if (stage === null) {
    return 0;
  }
  const at = stages.findIndex((s) => s.id === stage);
  if (at < 0) {
    throw new RangeError(`unknown stage "${stage}" (stages: ${stages.map((s) => s.id).join(', ')})`);
  }
  return at + 1;
}

/** Each stage with the dimension's criteria of that stage, in the model's stage order. */
function byStage(criteria: readonly MaturityCriterion[], stages: readonly MaturityStage[]) {
  return stages.map((stage) => ({ stage: stage.id, criteria: criteria.filter((c) => c.stage === stage.id) }));
}

/**
 * The highest stage that has criteria and whose criteria, with those of every lower stage, are all met
 * (n/a ignored; partial and unanswered are not met); null when not even the lowest stage with criteria is met.
 */
export function assessDimension(
  criteria: readonly MaturityCriterion[],
  answers: AnswerMap,
  stages: readonly MaturityStage[]
): string | null {
  let reached: string | null = null;
  for (const level of byStage(criteria, stages)) {
    if (level.criteria.length === 0) {
      continue;
    }
    if (level.criteria.some((c) => unmet(answers, c))) {
      break;
    }
    reached = level.stage;
  }
  return reached;
}

/** The stage of every dimension, by dimension id. */
export function assessModel(
  dimensions: readonly MaturityDimension[],
  answers: AnswerMap,
  stages: readonly MaturityStage[]
): Record<string, string | null> {
  return Object.fromEntries(dimensions.map((d) => [d.id, assessDimension(d.criteria, answers, stages)]));
}

export interface NextSteps {
  /** The next stage with criteria above the reached one; null when the reached stage is the top. */
  stage: string | null;
  /** Ids of the criteria not met up to and including that stage, lower stages first. */
  criteria: string[];
}

/** What remains to reach the next stage of a dimension. */
export function nextSteps(
  criteria: readonly MaturityCriterion[],
  answers: AnswerMap,
  stages: readonly MaturityStage[]
): NextSteps {
  const reached = stageIndex(assessDimension(criteria, answers, stages), stages);
  const levels = byStage(criteria, stages);
  const next = levels.findIndex((level, i) => i >= reached && level.criteria.length > 0);
  if (next < 0) {
    return { stage: null, criteria: [] };
  }
  const todo = levels.slice(0, next + 1).flatMap((level) => level.criteria.filter((c) => unmet(answers, c)));
  return { stage: levels[next]?.stage ?? null, criteria: todo.map((c) => c.id) };
}
