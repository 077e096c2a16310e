import { type Evidence } from '../../../../../core/maturity/api';
import { ANSWER_LABELS } from '../../data/answerLabels';

const percent = (n: number) => `${Number(n.toFixed(1))}%`;

/** The share as a percentage to one decimal, never rounded up onto the threshold it misses. */
function shownShare(share: number, atLeast: number): string {
  const rounded = Math.round(share * 1000) / 10;
  const needed = atLeast * 100;
  return percent(share < atLeast && rounded >= needed ? needed - 0.1 : rounded);
}

/** "42% of 50, needs ≥ 80%"; "nothing to measure, needs ≥ 80%" when there is nothing to count. */
export function evidenceFigure(e: Evidence): string {
  const needs = `needs ≥ ${percent(e.atLeast * 100)}`;
  return e.share === null
    ? `nothing to measure, ${needs}`
    : `${shownShare(e.share, e.atLeast)} of ${e.denominator}, ${needs}`;
}

/** "Evidence: 21 of 50 KPIs have an owner (42%) — 42% of 50, needs ≥ 80% → not met". */
export function evidenceLine(e: Evidence): string {
  return `Evidence: ${e.text} — ${evidenceFigure(e)} → ${ANSWER_LABELS[e.answer]}`;
}
