import { type CriterionResult, type CycleResults } from '../../../../../core/maturity/api';

export interface StageGroup {
  id: string;
  name: string;
  criteria: CriterionResult[];
}

export interface DimensionGroup {
  id: string;
  name: string;
  stages: StageGroup[];
}

type Model = Pick<CycleResults, 'stages' | 'dimensions' | 'criteria'>;

/** Ids in the model's order, then any the model does not list, in the order the criteria name them. */
function ordered(listed: ReadonlyArray<{ id: string; name: string }>, seen: string[]) {
  const known = new Set(listed.map((x) => x.id));
  const extra = [...new Set(seen.filter((id) => !known.has(id)))].map((id) => ({ id, name: id }));
  return [...listed, ...extra];
}

/** Criteria by dimension (the model's order), then by stage (lowest first); empty groups left out. */
export function groupCriteria({ stages, dimensions, criteria }: Model): DimensionGroup[] {
  const allDimensions = ordered(
    dimensions,
    criteria.map((c) => c.dimension)
  );
  const allStages = ordered(
    stages,
    criteria.map((c) => c.stage)
  );
  return allDimensions
    .map(({ id, name }) => ({
      id,
      name,
      stages: allStages
        .map((s) => ({ ...s, criteria: criteria.filter((c) => c.dimension === id && c.stage === s.id) }))
        .filter((s) => s.criteria.length > 0),
    }))
    .filter((d) => d.stages.length > 0);
}

/** The criteria ids as the form shows them, top to bottom. */
export function readingOrder(groups: readonly DimensionGroup[]): string[] {
  return groups.flatMap((d) => d.stages.flatMap((s) => s.criteria.map((c) => c.id)));
}
