import { answerOf } from './assess';
import { type Answer, type AnswerMap, type CriterionConsensus } from './types';

function consensusOfOne(byAssessor: Readonly<Record<string, AnswerMap>>, criterion: string): CriterionConsensus {
  const votes: Record<string, Answer> = {};
  for (const [assessor, answers] of Object.entries(byAssessor)) {
    const answer = answerOf(answers, criterion);
    if (answer !== undefined) {
      votes[assessor] = answer;
    }
  }
  const given = Object.values(votes);
  const rated = given.filter((a) => a !== 'n/a');
  if (given.length === 0) {
    return { criterion, answer: null, disputed: false, votes };
  }
  if (rated.length === 0) {
    return { criterion, answer: 'n/a', disputed: false, votes };
  }
  const majority = rated.find((a) => rated.filter((b) => b === a).length * 2 > rated.length);
  return { criterion, answer: majority ?? null, disputed: majority === undefined, votes };
}

/**
 * Per criterion, the answer of a strict majority of the assessors who answered it (n/a = not answered);
 * n/a when every assessor who answered said n/a; otherwise disputed.
 */
export function consensusOf(
  byAssessor: Readonly<Record<string, AnswerMap>>,
  criterionIds: readonly string[]
): CriterionConsensus[] {
  return criterionIds.map((id) => consensusOfOne(byAssessor, id));
}

type Settled = Readonly<Record<string, { answer: Answer }>>;

const settledAnswer = (settled: Settled, criterion: string): Answer | undefined =>
  Object.hasOwn(settled, criterion) ? settled[criterion]?.answer : undefined;

/** The consensus answers with the lead's settled answers in place; disputed unsettled criteria are missing. */
export function settle(consensus: readonly CriterionConsensus[], settled: Settled): AnswerMap {
  const out: Record<string, Answer> = {};
  for (const c of consensus) {
    const answer = settledAnswer(settled, c.criterion) ?? c.answer;
    if (answer !== null) {
      out[c.criterion] = answer;
    }
  }
  return out;
}

/** The criteria still disputed once the settled ones are taken out, in the order given. */
export function disputedIds(consensus: readonly CriterionConsensus[], settled: Settled): string[] {
  return consensus
    .filter((c) => c.disputed && settledAnswer(settled, c.criterion) === undefined)
    .map((c) => c.criterion);
}
