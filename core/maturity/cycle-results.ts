import { agreementOfAnswers } from './agreement';
import { type CriterionResult, type Cycle, type CycleResults, type GivenAnswer } from './api';
import { assessDimension, nextSteps, stageIndex } from './assess';
import { stageChange } from './change';
import { consensusOf, disputedIds, settle } from './consensus';
import {
  allCriteria,
  type AnswerContext,
  answerMap,
  effectiveAnswers,
  evidenceOf,
  type StoredAnswer,
} from './effective-answers';
import { type Answer, type DimensionStages } from './types';

export interface Settlement {
  criterion: string;
  answer: Answer;
  note: string | null;
  by: string;
  at: string;
}

export interface ResultsInput extends AnswerContext {
  cycle: Pick<Cycle, 'id' | 'state' | 'unit' | 'year' | 'model' | 'modelVersion' | 'asOf' | 'assessors' | 'lead'>;
  answers: readonly StoredAnswer[];
  settlements: readonly Settlement[];
  previous: CycleResults['previous'];
}

/** Each assessor's answers as they count, by assessor then criterion. */
export function answersByAssessor(input: ResultsInput): Record<string, Record<string, GivenAnswer>> {
  return Object.fromEntries(input.cycle.assessors.map((a) => [a, effectiveAnswers(a, input.answers, input)]));
}

/** The results of a cycle (DESIGN §9): stages per assessor and by consensus, agreement, disputes, change. */
export function cycleResults(input: ResultsInput): CycleResults {
  const { model, cycle } = input;
  const given = answersByAssessor(input);
  const maps = Object.fromEntries(Object.entries(given).map(([a, g]) => [a, answerMap(g)]));
  const criteria = allCriteria(model);
  const ids = criteria.map((c) => c.id);
  const computed = consensusOf(maps, ids);
  const settledBy = Object.fromEntries(input.settlements.map((s) => [s.criterion, s]));
  const consensus = settle(computed, settledBy);
  const disputed = disputedIds(computed, settledBy);
  const dimensions = model.dimensions.map((d) => {
    const stage = assessDimension(d.criteria, consensus, model.stages);
    const byAssessor = Object.fromEntries(
      cycle.assessors.map((a) => [a, assessDimension(d.criteria, maps[a] ?? {}, model.stages)])
    );
    return {
      id: d.id,
      name: d.name,
      stage,
      stageIndex: stageIndex(stage, model.stages),
      byAssessor,
      next: nextSteps(d.criteria, consensus, model.stages),
    };
  });
  const byDimension = Object.fromEntries(
    model.dimensions.map((d) => [
      d.id,
      agreementOfAnswers(
        maps,
        d.criteria.map((c) => c.id)
      ),
    ])
  );
  const current: DimensionStages = Object.fromEntries(dimensions.map((d) => [d.id, d.stage]));
  const previous: DimensionStages | null =
    input.previous === null ? null : Object.fromEntries(input.previous.dimensions.map((d) => [d.id, d.stage]));
  const criterionResults = criteria.map((c, i): CriterionResult => {
    const settled = settledBy[c.id];
    const exemption = input.exemptions[c.id];
    return {
      id: c.id,
      dimension: c.dimension,
      stage: c.stage,
      text: c.text,
      consensus: consensus[c.id] ?? null,
      disputed: computed[i]?.disputed ?? false,
      settled:
        settled === undefined ? null : { answer: settled.answer, note: settled.note, by: settled.by, at: settled.at },
      byAssessor: Object.fromEntries(
        cycle.assessors.flatMap((a) => {
          const g = given[a]?.[c.id];
          return g === undefined ? [] : [[a, g]];
        })
      ),
      evidence: evidenceOf(c, input),
      exemption: exemption === undefined ? null : { reason: exemption.reason, expires: exemption.expires },
    };
  });
  const { id, state, unit, year, modelVersion, asOf, lead } = cycle;
  return {
    id,
    state,
    unit,
    year,
    model: cycle.model,
    modelVersion,
    asOf,
    assessors: [...cycle.assessors],
    lead,
    stages: model.stages.map((s) => ({ id: s.id, name: s.name })),
    dimensions,
    agreement: { alpha: agreementOfAnswers(maps, ids), byDimension },
    disputed,
    criteria: criterionResults,
    previous: input.previous,
    change: stageChange(current, previous, model.stages) ?? {},
  };
}
