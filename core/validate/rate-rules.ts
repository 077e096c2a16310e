import { subsetRatioGap } from '../rates';
import { type ResourceDocument } from '../schema';
import { type Problem } from './problem';

type RateProblem = Omit<Problem, 'doc'>;

/**
 * A ratio KPI whose numerator can count rows its denominator does not: a warning, as the KPI still applies
 * but its values are flagged impossible-rate and not scored.
 */
export function rateProblems(doc: ResourceDocument): RateProblem[] {
  const calculation = doc.kind === 'KPI' ? doc.spec.calculation : undefined;
  if (calculation === undefined || !('measure' in calculation) || calculation.measure.aggregate !== 'ratio') {
    return [];
  }
  const gap = subsetRatioGap(calculation.measure);
  if (gap === null) {
    return [];
  }
  return [
    {
      path: ['spec', 'calculation', 'measure', 'numerator'],
      severity: 'warning',
      message: `this rate can exceed 100%: ${gap}; count the numerator among the denominator's rows (its values are flagged impossible-rate and not scored)`,
    },
  ];
}
