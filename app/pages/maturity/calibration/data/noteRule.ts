import { type ConsensusBody, type CriterionResult } from '../../../../../core/maturity/api';
import { type Answer } from '../../../../../core/maturity/types';
import { answerLabel } from './answers';

/** The lead's pick for one criterion, before it is sent. */
export interface Choice {
  answer?: Answer;
  note: string;
}

/** The strict-majority answer of the assessors who rated it (n/a = not answered; all n/a → n/a); null when none. */
export function majorityOf(byAssessor: CriterionResult['byAssessor']): Answer | null {
  const given = Object.values(byAssessor).map((g) => g.answer);
  const rated = given.filter((a) => a !== 'n/a');
  if (rated.length === 0) {
    return given.length === 0 ? null : 'n/a';
  }
  return rated.find((a) => rated.filter((b) => b === a).length * 2 > rated.length) ?? null;
}

export interface NoteRule {
  required: boolean;
  why: string;
}

/** Whether settling `criterion` on `answer` needs a note: when it overrules the majority or there is none. */
export function noteRule(criterion: Pick<CriterionResult, 'byAssessor'>, answer: Answer | undefined): NoteRule {
  const majority = majorityOf(criterion.byAssessor);
  if (majority === null) {
    return { required: true, why: 'No majority among the assessors: a note saying why is required.' };
  }
  const label = answerLabel(majority);
  if (answer === undefined) {
    return { required: false, why: `The majority answered ${label}; overruling it needs a note.` };
  }
  return answer === majority
    ? { required: false, why: `Agrees with the majority (${label}); a note is optional.` }
    : { required: true, why: `Overrules the majority (${label}): a note saying why is required.` };
}

/** Why `choice` cannot be sent yet, or undefined when it can. */
export function settleProblem(
  criterion: Pick<CriterionResult, 'byAssessor'>,
  choice: Choice | undefined
): string | undefined {
  if (choice?.answer === undefined) {
    return 'Pick an answer.';
  }
  return noteRule(criterion, choice.answer).required && choice.note.trim() === ''
    ? 'Add a note: it is required here.'
    : undefined;
}

/** The ids among `criteria` whose choice can be sent, in their order. */
export function readyIds(criteria: readonly CriterionResult[], choices: Readonly<Record<string, Choice>>): string[] {
  return criteria.filter((c) => settleProblem(c, choices[c.id]) === undefined).map((c) => c.id);
}

/** The PUT consensus body for `ids`: each picked answer, with its note trimmed (left out when blank). */
export function consensusBody(ids: readonly string[], choices: Readonly<Record<string, Choice>>): ConsensusBody {
  const answers: ConsensusBody['answers'] = {};
  for (const id of ids) {
    const choice = choices[id];
    if (choice?.answer !== undefined) {
      const note = choice.note.trim();
      answers[id] = note === '' ? { answer: choice.answer } : { answer: choice.answer, note };
    }
  }
  return { answers };
}
