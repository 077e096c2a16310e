import { type AnswerEntry, type CriterionResult, type GivenAnswer, MAX_NOTE } from '../../../../../core/maturity/api';
import { type Answer } from '../../../../../core/maturity/types';
import { ANSWER_LABELS } from '../../data/answerLabels';

/** One criterion as the form holds it; what is typed lives here, never replaced by a save's answer. */
export interface Draft {
  answer: Answer | undefined;
  note: string;
  link: string;
  /** Where the answer comes from; an edit makes it the assessor's own. */
  source: GivenAnswer['source'] | undefined;
}

export type Edit = { answer: Answer } | { note: string } | { link: string };

export interface Problems {
  note?: string;
  link?: string;
}

/** The form's starting drafts: the assessor's answers, else the evidence's, else the exemption's n/a. */
export function draftsOf(
  criteria: readonly CriterionResult[],
  given: Readonly<Record<string, GivenAnswer>>
): Record<string, Draft> {
  return Object.fromEntries(
    criteria.map((c): [string, Draft] => {
      const g = given[c.id];
      if (c.exemption !== null || g?.source === 'exemption') {
        return [c.id, { answer: 'n/a', note: '', link: '', source: 'exemption' }];
      }
      if (g?.source === 'assessor') {
        return [c.id, { answer: g.answer, note: g.note ?? '', link: g.link ?? '', source: 'assessor' }];
      }
      const automatic = g?.answer ?? c.evidence?.answer;
      return [
        c.id,
        { answer: automatic, note: '', link: '', source: automatic === undefined ? undefined : 'evidence' },
      ];
    })
  );
}

export function applyEdit(draft: Draft, edit: Edit): Draft {
  return { ...draft, ...edit, source: 'assessor' };
}

export function linkProblem(link: string): string | undefined {
  const trimmed = link.trim();
  if (trimmed === '') {
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return 'The evidence link must be a web address starting with http:// or https://; it is not saved until it is one.';
  }
  return trimmed.length > MAX_NOTE ? `The link is longer than ${MAX_NOTE} characters.` : undefined;
}

/** Whether the assessor answers against the registry's evidence (which needs a note). */
export function overridesEvidence(c: CriterionResult, d: Draft): boolean {
  return c.evidence !== null && d.source === 'assessor' && d.answer !== undefined && d.answer !== c.evidence.answer;
}

export function problemsOf(c: CriterionResult, d: Draft): Problems {
  const problems: Problems = {};
  const link = linkProblem(d.link);
  if (link !== undefined) {
    problems.link = link;
  }
  if (d.note.length > MAX_NOTE) {
    problems.note = `The note is ${d.note.length} characters; at most ${MAX_NOTE} are kept.`;
  } else if (c.evidence !== null && overridesEvidence(c, d) && d.note.trim() === '' && d.answer !== undefined) {
    problems.note = `The evidence says ${ANSWER_LABELS[c.evidence.answer]}: answering ${ANSWER_LABELS[d.answer]} instead needs a note saying why. It is saved once the note is there.`;
  }
  return problems;
}

/** What to send for a criterion: nothing while it is unanswered, automatic, or has a problem. */
export function entryOf(c: CriterionResult, d: Draft): AnswerEntry | undefined {
  if (d.answer === undefined || d.source !== 'assessor' || c.exemption !== null) {
    return undefined;
  }
  const p = problemsOf(c, d);
  if (p.note !== undefined || p.link !== undefined) {
    return undefined;
  }
  const note = d.note.trim();
  const link = d.link.trim();
  return { answer: d.answer, ...(note === '' ? {} : { note }), ...(link === '' ? {} : { link }) };
}
