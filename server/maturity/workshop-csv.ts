import { type AnswerEntry, MAX_NOTE } from '../../core/maturity/api';
import { type Answer, ANSWERS } from '../../core/maturity/types';
import { parseCsv } from '../checkins/csv';
import { errorMessage } from '../error-message';

export const WORKSHOP_COLUMNS = ['assessor', 'criterion', 'answer', 'note'] as const;

export interface AssessorAnswers {
  assessor: string;
  answers: Record<string, AnswerEntry>;
}

/** The answers grouped by assessor (in file order), or every problem as `file:line: problem`. */
export type WorkshopCsv = { ok: true; assessors: AssessorAnswers[] } | { ok: false; problems: string[] };

const isAnswer = (word: string): word is Answer => (ANSWERS as readonly string[]).includes(word);

/** A workshop's answers: the header `assessor,criterion,answer,note`, one line per assessor and criterion. */
export function parseWorkshopCsv(text: string, file: string): WorkshopCsv {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    return { ok: false, problems: [`${file}:${errorMessage(err).replace(/^line /, '')}`] };
  }
  const [header, ...rows] = records;
  const expected = WORKSHOP_COLUMNS.join(',');
  if (header === undefined || header.fields.map((f) => f.trim()).join(',') !== expected) {
    const got = header === undefined ? 'an empty file' : `"${header.fields.join(',')}"`;
    return { ok: false, problems: [`${file}:${header?.line ?? 1}: the header must be "${expected}", got ${got}`] };
  }
  const problems: string[] = [];
  const groups = new Map<string, AssessorAnswers>();
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const at = `${file}:${line}: `;
    if (fields.length !== WORKSHOP_COLUMNS.length) {
      problems.push(`${at}expected ${WORKSHOP_COLUMNS.length} fields (${expected}), got ${fields.length}`);
      continue;
    }
    const [assessor = '', criterion = '', word = '', note = ''] = fields.map((f, i) => (i === 3 ? f : f.trim()));
    const lineProblems = [
      ...(assessor === '' ? ['the assessor is empty'] : []),
      ...(criterion === '' ? ['the criterion is empty'] : []),
      ...(isAnswer(word) ? [] : [`the answer "${word}" is not one of ${ANSWERS.join(', ')}`]),
      ...(note.length > MAX_NOTE ? [`the note is longer than ${MAX_NOTE} characters`] : []),
    ];
    const key = `${assessor.toLowerCase()}\n${criterion}`;
    const first = seen.get(key);
    if (assessor !== '' && criterion !== '' && first !== undefined) {
      lineProblems.push(`${assessor} answers ${criterion} twice (first on line ${first})`);
    }
    seen.set(key, first ?? line);
    if (lineProblems.length > 0 || !isAnswer(word)) {
      problems.push(...lineProblems.map((p) => at + p));
      continue;
    }
    const group = groups.get(assessor.toLowerCase()) ?? { assessor, answers: {} };
    group.answers[criterion] = note.trim() === '' ? { answer: word } : { answer: word, note };
    groups.set(assessor.toLowerCase(), group);
  }
  if (problems.length === 0 && groups.size === 0) {
    problems.push(`${file}: no answers after the header`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assessors: [...groups.values()] };
}
