import { answerOf } from './assess';
import { type AnswerMap, RATED_ANSWERS } from './types';

type Rating = string | null | undefined;

/**
 * Krippendorff's alpha, nominal metric, by the coincidence matrix: alpha = 1 − (n−1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 * `ratings[u][c]` is coder c's value for unit u (null/undefined missing); units with fewer than two values are
 * dropped. Null when fewer than two pairable values remain or when every value is the same (alpha undefined).
 */
export function agreement(ratings: ReadonlyArray<readonly Rating[]>): number | null {
  const totals = new Map<string, number>();
  let observed = 0;
  for (const unit of ratings) {
    const values = unit.filter((v): v is string => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) {
      continue;
    }
    const counts = new Map<string, number>();
    values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
    let sameSquares = 0;
    for (const [value, count] of counts) {
      totals.set(value, (totals.get(value) ?? 0) + count);
      sameSquares += count * count;
    }
    // Off-diagonal coincidences of this unit: Σ_{c≠k} m_c·m_k / (m−1) = (m² − Σ m_c²) / (m−1).
    observed += (m * m - sameSquares) / (m - 1);
  }
  const n = [...totals.values()].reduce((a, b) => a + b, 0);
  const expected = n * n - [...totals.values()].reduce((a, b) => a + b * b, 0);
  if (n < 2 || expected === 0) {
    return null;
  }
  return 1 - ((n - 1) * observed) / expected;
}

const isRated = (answer: string | undefined): answer is (typeof RATED_ANSWERS)[number] =>
  RATED_ANSWERS.some((r) => r === answer);

/** Alpha over criteria (units) and assessors (coders); n/a and unanswered are missing values. */
export function agreementOfAnswers(
  byAssessor: Readonly<Record<string, AnswerMap>>,
  criterionIds: readonly string[]
): number | null {
  const assessors = Object.values(byAssessor);
  return agreement(
    criterionIds.map((id) =>
      assessors.map((answers) => {
        const answer = answerOf(answers, id);
        return isRated(answer) ? answer : null;
      })
    )
  );
}

export type AgreementReading = 'good' | 'tentative' | 'low' | 'undefined';

/** Krippendorff's reading: ≥ 0.8 good, ≥ 0.667 tentative conclusions only, below that low. */
export function readingOf(alpha: number | null): AgreementReading {
  if (alpha === null) {
    return 'undefined';
  }
  return alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'low';
}
