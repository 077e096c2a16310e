import { type MaturityModelSpec } from '../schema/maturity-model';
import { type Evidence, type GivenAnswer } from './api';
import { type EvidenceFigure, evidenceAnswer } from './evidence';
import { type Answer, type AnswerMap, type EvidenceCheck, type MaturityCriterion } from './types';

export interface StoredAnswer {
  assessor: string;
  criterion: string;
  answer: Answer;
  note: string | null;
  link: string | null;
}

export interface ActiveExemption {
  reason: string;
  expires: string;
}

/** What an assessor's answers are read with: the registry's evidence and the exemptions in force. */
export interface AnswerContext {
  model: MaturityModelSpec;
  evidence: Partial<Record<EvidenceCheck, EvidenceFigure>>;
  /** By criterion id: exemptions in force on the cycle's date. */
  exemptions: Readonly<Record<string, ActiveExemption>>;
}

export function allCriteria(model: MaturityModelSpec): Array<MaturityCriterion & { dimension: string }> {
  return model.dimensions.flatMap((d) => d.criteria.map((c) => ({ ...c, dimension: d.id })));
}

/** The evidence of a criterion with an automatic check, with the answer it gives. */
export function evidenceOf(criterion: MaturityCriterion, context: AnswerContext): Evidence | null {
  if (criterion.evidence === undefined) {
    return null;
  }
  const { check, atLeast } = criterion.evidence;
  const figure = context.evidence[check];
  if (figure === undefined) {
    return null;
  }
  const { share, numerator, denominator, text } = figure;
  return { check, atLeast, share, numerator, denominator, text, answer: evidenceAnswer(figure, atLeast) };
}

/** One assessor's answers as they count: exempt → n/a, else their own, else the evidence's. */
export function effectiveAnswers(
  assessor: string,
  stored: readonly StoredAnswer[],
  context: AnswerContext
): Record<string, GivenAnswer> {
  const own = new Map(stored.filter((a) => a.assessor === assessor).map((a) => [a.criterion, a]));
  const result: Record<string, GivenAnswer> = {};
  for (const c of allCriteria(context.model)) {
    const exemption = context.exemptions[c.id];
    const given = own.get(c.id);
    const evidence = evidenceOf(c, context);
    if (exemption !== undefined) {
      result[c.id] = {
        answer: 'n/a',
        note: `exempt until ${exemption.expires}: ${exemption.reason}`,
        source: 'exemption',
      };
    } else if (given !== undefined) {
      result[c.id] = {
        answer: given.answer,
        ...(given.note === null ? {} : { note: given.note }),
        ...(given.link === null ? {} : { link: given.link }),
        source: 'assessor',
      };
    } else if (evidence !== null) {
      result[c.id] = { answer: evidence.answer, note: evidence.text, source: 'evidence' };
    }
  }
  return result;
}

export function answerMap(given: Readonly<Record<string, GivenAnswer>>): AnswerMap {
  return Object.fromEntries(Object.entries(given).map(([id, g]) => [id, g.answer]));
}
