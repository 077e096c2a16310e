import { type PerspectiveOption } from '../options';
import { normalizeName } from './perspectives';

/** A perspective row as typed: the weight stays text so "1." or "-" survive until they parse. */
export interface PerspectiveDraft {
  id: string;
  name: string;
  weight: string;
}

export interface DraftProblems {
  id?: string;
  weight?: string;
}

export const toDrafts = (list: PerspectiveOption[]): PerspectiveDraft[] =>
  list.map((p) => ({ id: p.id, name: p.name, weight: p.weight === undefined ? '' : String(p.weight) }));

/** What is wrong with each row, by field; ids clash when they would match the same rows (names match loosely). */
export function draftProblems(drafts: PerspectiveDraft[]): DraftProblems[] {
  const keys = drafts.map((d) => normalizeName(d.id));
  return drafts.map((d, i) => {
    const problems: DraftProblems = {};
    const clash = keys.findIndex((k, j) => j !== i && k === keys[i]);
    if (d.id.trim() === '') {
      problems.id = 'Enter an id';
    } else if (keys[i] === '') {
      problems.id = 'An id needs a letter or digit';
    } else if (clash >= 0) {
      problems.id = `Duplicate id: row ${clash + 1} has "${drafts[clash]?.id.trim()}"`;
    }
    const weight = parseWeight(d.weight);
    if (weight === 'invalid') {
      problems.weight = 'Weight must be a number';
    } else if (weight !== undefined && weight < 0) {
      problems.weight = 'Weight cannot be negative';
    }
    return problems;
  });
}

export const hasProblems = (problems: DraftProblems[]) => problems.some((p) => p.id || p.weight);

function parseWeight(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') {
    return undefined;
  }
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
}

/** The option value for valid drafts (trimmed; an empty name shows the id), or null while any row has a problem. */
export function fromDrafts(drafts: PerspectiveDraft[]): PerspectiveOption[] | null {
  if (hasProblems(draftProblems(drafts))) {
    return null;
  }
  return drafts.map((d) => {
    const id = d.id.trim();
    const weight = parseWeight(d.weight);
    const option: PerspectiveOption = { id, name: d.name.trim() || id };
    return typeof weight === 'number' ? { ...option, weight } : option;
  });
}

export const sameOptions = (a: PerspectiveOption[], b: PerspectiveOption[]): boolean =>
  a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name && p.weight === b[i]?.weight);

export const updateDraft = (drafts: PerspectiveDraft[], index: number, patch: Partial<PerspectiveDraft>) =>
  drafts.map((d, i) => (i === index ? { ...d, ...patch } : d));

export const removeDraft = (drafts: PerspectiveDraft[], index: number) => drafts.filter((_, i) => i !== index);

/** Swaps a row with its neighbour above (-1) or below (+1); a move past either end changes nothing. */
export function moveDraft(drafts: PerspectiveDraft[], index: number, offset: -1 | 1): PerspectiveDraft[] {
  const target = index + offset;
  const a = drafts[index];
  const b = drafts[target];
  if (!a || !b) {
    return drafts;
  }
  const next = [...drafts];
  next[index] = b;
  next[target] = a;
  return next;
}

/** Appends a row with the first free "perspective-n" id, so the list stays valid. */
export function addDraft(drafts: PerspectiveDraft[]): PerspectiveDraft[] {
  const taken = new Set(drafts.map((d) => normalizeName(d.id)));
  let n = drafts.length + 1;
  while (taken.has(normalizeName(`perspective-${n}`))) {
    n++;
  }
  return [...drafts, { id: `perspective-${n}`, name: `Perspective ${n}`, weight: '' }];
}
