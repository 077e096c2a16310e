import { type ResourceDocument } from '../schema';
import { type Path, type Problem } from './problem';
import { formatShare, formatWeight, sharesOf, sumsToOne, weightSum } from './weight-shares';

type WeightProblem = Omit<Problem, 'doc'>;

interface Siblings {
  /** `objectives of perspective financial` */
  label: string;
  weights: number[];
  /** Where sibling i's weight is. */
  path: (i: number) => Path;
}

/** All 0 is an error (nothing could count); any other sum but 1 a warning naming the shares it is read as. */
function siblingProblems({ label, weights, path }: Siblings): WeightProblem[] {
  if (weights.length === 0 || sumsToOne(weights)) {
    return [];
  }
  const total = weightSum(weights);
  if (total === 0) {
    return [{ path: path(0), message: `weights of the ${label} are all 0: none of them can count towards the score` }];
  }
  const shares = sharesOf(weights).map(formatShare).join(' / ');
  return [
    {
      path: path(0),
      severity: 'warning',
      message: `weights of the ${label} sum to ${formatWeight(total)}, not 1; they are read as shares ${shares}`,
    },
  ];
}

/** A scorecard's sibling weights (perspectives, objectives of a perspective, KPIs of an objective) against 1. */
export function weightProblems(doc: ResourceDocument): WeightProblem[] {
  if (doc.kind !== 'Scorecard') {
    return [];
  }
  const at = (...rest: Path): Path => ['spec', 'perspectives', ...rest];
  const { perspectives } = doc.spec;
  return [
    ...siblingProblems({
      label: `perspectives of scorecard ${doc.metadata.id}`,
      weights: perspectives.map((p) => p.weight),
      path: (i) => at(i, 'weight'),
    }),
    ...perspectives.flatMap((p, pi) => [
      ...siblingProblems({
        label: `objectives of perspective ${p.id}`,
        weights: p.objectives.map((o) => o.weight),
        path: (i) => at(pi, 'objectives', i, 'weight'),
      }),
      ...p.objectives.flatMap((o, oi) =>
        siblingProblems({
          label: `KPIs of objective ${o.id}`,
          weights: o.kpis.map((k) => k.weight),
          path: (i) => at(pi, 'objectives', oi, 'kpis', i, 'weight'),
        })
      ),
    ]),
  ];
}
