import { type Answer } from '../../../../core/maturity/types';

/** An answer as the pages write it: met, partial, not met, n/a. */
export const ANSWER_LABELS: Record<Answer, string> = {
  met: 'met',
  partial: 'partial',
  'not-met': 'not met',
  'n/a': 'n/a',
};
