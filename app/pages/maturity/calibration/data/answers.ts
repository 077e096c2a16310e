import { type BadgeColor } from '@grafana/ui';
import { type Answer, ANSWERS } from '../../../../../core/maturity/types';
import { ANSWER_LABELS } from '../../data/answerLabels';

const COLOR: Record<Answer, BadgeColor> = { met: 'green', partial: 'orange', 'not-met': 'red', 'n/a': 'darkgrey' };

export const answerLabel = (answer: Answer) => ANSWER_LABELS[answer];
export const answerColor = (answer: Answer) => COLOR[answer];
export const ANSWER_OPTIONS = ANSWERS.map((value) => ({ value, label: ANSWER_LABELS[value] }));

/** "2026-11-20 14:05 UTC" from an ISO time; anything else as given. */
export function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m === null ? iso : `${m[1]} ${m[2]} UTC`;
}
