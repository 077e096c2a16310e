import { type Draft } from './drafts';
import { type DimensionGroup } from './groups';

export interface DimensionProgress {
  id: string;
  name: string;
  answered: number;
  total: number;
  /** The unanswered criteria, in reading order. */
  left: Array<{ id: string; text: string; stage: string }>;
}

export interface Progress {
  answered: number;
  total: number;
  byDimension: DimensionProgress[];
}

/** Answered (n/a, evidence and exemptions included, as the server counts) of all criteria, per dimension too. */
export function progressOf(groups: readonly DimensionGroup[], drafts: Readonly<Record<string, Draft>>): Progress {
  const byDimension = groups.map((d): DimensionProgress => {
    const all = d.stages.flatMap((s) => s.criteria.map((c) => ({ id: c.id, text: c.text, stage: s.name })));
    const left = all.filter((c) => drafts[c.id]?.answer === undefined);
    return { id: d.id, name: d.name, answered: all.length - left.length, total: all.length, left };
  });
  return {
    answered: byDimension.reduce((n, d) => n + d.answered, 0),
    total: byDimension.reduce((n, d) => n + d.total, 0),
    byDimension,
  };
}

/** Whole percent for a bar's width; 100 when there is nothing to answer. */
export const percentOf = (answered: number, total: number) =>
  total === 0 ? 100 : Math.floor((100 * answered) / total);
