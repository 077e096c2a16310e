import { type Cycle } from '../../core/maturity/api';
import { type MaturityModelSpec } from '../../core/schema';
import { type AnswerRow, type CycleRow } from './repo';

/** Criteria each assessor has answered: their own answers, plus those the registry's evidence or an exemption answers. */
export function progressOf(
  cycle: CycleRow,
  model: MaturityModelSpec,
  answers: readonly AnswerRow[],
  exempt: ReadonlySet<string>
): Record<string, number> {
  const criteria = model.dimensions.flatMap((d) => d.criteria);
  const automatic = new Set(criteria.filter((c) => c.evidence !== undefined || exempt.has(c.id)).map((c) => c.id));
  return Object.fromEntries(
    cycle.assessors.map((a) => {
      const own = answers.filter((r) => r.assessor === a).map((r) => r.criterion);
      return [a, new Set([...automatic, ...own].filter((id) => criteria.some((c) => c.id === id))).size];
    })
  );
}

/** Who has not answered every criterion yet, as "bob (12 of 60)". */
export function missing(progress: Readonly<Record<string, number>>, total: number): string[] {
  return Object.entries(progress)
    .filter(([, n]) => n < total)
    .map(([a, n]) => `${a} (${n} of ${total})`);
}

export function cycleView(cycle: CycleRow, progress: Record<string, number>, criteria: number): Cycle {
  const { results: _frozen, ...rest } = cycle;
  return { ...rest, assessors: [...cycle.assessors], progress, criteria };
}
