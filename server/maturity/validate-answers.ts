import { type ConsensusBody, type CycleResults, type ResponsesBody } from '../../core/maturity/api';
import { type ResultsInput } from '../../core/maturity/cycle-results';
import { allCriteria, evidenceOf } from '../../core/maturity/effective-answers';
import { RegistryError } from '../registry/types';
import { type AnswerRow, type SettlementRow } from './repo';

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function assertKnown(ids: string[], known: ReadonlySet<string>, context: ResultsInput): void {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const { model, modelVersion } = context.cycle;
    throw new RegistryError(
      'invalid',
      `unknown criteria ${unknown.map((id) => `"${id}"`).join(', ')}: model ${model} version ${modelVersion} has no such criterion`,
      `answers.${unknown[0] ?? ''}`
    );
  }
  if (ids.length === 0) {
    throw new RegistryError('invalid', 'no answers given', 'answers');
  }
}

/** The rows an assessor's answers store; an answer against the registry's evidence needs a note. */
export function answerRows(assessor: string, body: ResponsesBody, context: ResultsInput): AnswerRow[] {
  const criteria = new Map(allCriteria(context.model).map((c) => [c.id, c]));
  assertKnown(Object.keys(body.answers), new Set(criteria.keys()), context);
  return Object.entries(body.answers).map(([id, entry]) => {
    const criterion = criteria.get(id);
    const evidence = criterion === undefined ? null : evidenceOf(criterion, context);
    if (evidence !== null && entry.answer !== evidence.answer && blank(entry.note)) {
      throw new RegistryError(
        'invalid',
        `${id}: the registry answers ${evidence.answer} (${evidence.text}); answering ${entry.answer} instead needs a note`,
        `answers.${id}.note`
      );
    }
    return {
      assessor,
      criterion: id,
      answer: entry.answer,
      note: blank(entry.note) ? null : (entry.note?.trim() ?? null),
      link: entry.link ?? null,
    };
  });
}

/** The lead's settlements; overruling a consensus that is not disputed needs a note. */
export function settlementRows(
  body: ConsensusBody,
  results: CycleResults,
  by: { by: string; at: string }
): SettlementRow[] {
  const byId = new Map(results.criteria.map((c) => [c.id, c]));
  const ids = Object.keys(body.answers);
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0 || ids.length === 0) {
    const first = unknown[0];
    throw new RegistryError(
      'invalid',
      first === undefined
        ? 'no answers given'
        : `unknown criteria ${unknown.map((id) => `"${id}"`).join(', ')} in model ${results.model} version ${results.modelVersion}`,
      first === undefined ? 'answers' : `answers.${first}`
    );
  }
  return ids.map((id) => {
    const entry = body.answers[id];
    const criterion = byId.get(id);
    if (entry === undefined || criterion === undefined) {
      throw new RegistryError('invalid', `unknown criterion "${id}"`, `answers.${id}`);
    }
    const computed = criterion.settled === null ? criterion.consensus : null;
    if (!criterion.disputed && computed !== null && computed !== entry.answer && blank(entry.note)) {
      throw new RegistryError(
        'invalid',
        `${id}: the assessors agree on ${computed}; overruling it with ${entry.answer} needs a note`,
        `answers.${id}.note`
      );
    }
    return {
      criterion: id,
      answer: entry.answer,
      note: blank(entry.note) ? null : (entry.note?.trim() ?? null),
      ...by,
    };
  });
}
