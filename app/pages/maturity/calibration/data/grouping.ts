import { type CriterionResult, type CycleResults } from '../../../../../core/maturity/api';

interface Named {
  id: string;
  name: string;
}

export interface StageGroup {
  stage: Named;
  criteria: CriterionResult[];
}

export interface DimensionGroup {
  dimension: Named;
  stages: StageGroup[];
}

/** `known` in its order, then ids it does not list in the order first met (named by their id). */
function ordered(known: readonly Named[], ids: readonly string[]): Named[] {
  const listed = new Set(known.map((k) => k.id));
  const extra = [...new Set(ids.filter((id) => !listed.has(id)))].map((id) => ({ id, name: id }));
  return [...known, ...extra];
}

/** Criteria by dimension (the results' order) then stage (lowest first); empty groups are left out. */
export function groupCriteria(
  results: Pick<CycleResults, 'dimensions' | 'stages'>,
  criteria: readonly CriterionResult[]
): DimensionGroup[] {
  const dimensions = ordered(
    results.dimensions.map((d) => ({ id: d.id, name: d.name })),
    criteria.map((c) => c.dimension)
  );
  const stages = ordered(
    results.stages,
    criteria.map((c) => c.stage)
  );
  return dimensions.flatMap((dimension) => {
    const inDimension = criteria.filter((c) => c.dimension === dimension.id);
    const groups = stages
      .map((stage) => ({ stage, criteria: inDimension.filter((c) => c.stage === stage.id) }))
      .filter((g) => g.criteria.length > 0);
    return groups.length === 0 ? [] : [{ dimension, stages: groups }];
  });
}

/** The criteria still disputed (results.disputed), in the model's order. */
export function disputedCriteria(results: Pick<CycleResults, 'disputed' | 'criteria'>): CriterionResult[] {
  const open = new Set(results.disputed);
  return results.criteria.filter((c) => open.has(c.id));
}

/** The criteria the lead has settled, in the model's order. */
export function settledCriteria(results: Pick<CycleResults, 'criteria'>): CriterionResult[] {
  return results.criteria.filter((c) => c.settled !== null);
}
