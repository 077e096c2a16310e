import { type CycleResults } from '../../../../../core/maturity/api';
import { type Answer } from '../../../../../core/maturity/types';
import { ANSWER_LABELS } from '../../data/answerLabels';

export interface EvidenceRow {
  criterionId: string;
  dimension: string;
  text: string;
  /** The check's figure in words, e.g. "3 of 4 KPIs have an owner (75%)". */
  check: string;
  /** "75% (3/4), needs ≥ 80%", or "nothing to measure, needs ≥ 80%". */
  figure: string;
  evidenceAnswer: string;
  consensus: string;
  /** The consensus differs from what the evidence answered. */
  overridden: boolean;
  /** The lead's note when the consensus was settled with one. */
  note: string | null;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const answerWords = (answer: Answer | null): string => (answer === null ? 'disputed' : ANSWER_LABELS[answer]);

/** The criteria the registry's evidence answers, with the figure and whether the consensus overrode it. */
export function evidenceRows(results: CycleResults): EvidenceRow[] {
  const names = new Map(results.dimensions.map((d) => [d.id, d.name]));
  return results.criteria.flatMap((c) => {
    const e = c.evidence;
    if (e === null) {
      return [];
    }
    const measured = e.share === null ? 'nothing to measure' : `${percent(e.share)} (${e.numerator}/${e.denominator})`;
    return [
      {
        criterionId: c.id,
        dimension: names.get(c.dimension) ?? c.dimension,
        text: c.text,
        check: e.text,
        figure: `${measured}, needs ≥ ${percent(e.atLeast)}`,
        evidenceAnswer: answerWords(e.answer),
        consensus: answerWords(c.consensus),
        overridden: c.consensus !== null && c.consensus !== e.answer,
        note: c.settled?.note ?? null,
      },
    ];
  });
}
