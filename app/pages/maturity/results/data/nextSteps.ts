import { type CycleResults } from '../../../../../core/maturity/api';
import { stageName } from './stages';

export interface NextStep {
  dimensionId: string;
  name: string;
  /** "Next: Managed", or "Highest stage reached". */
  title: string;
  /** The unmet criteria to reach the next stage; criteria of a lower stage than the next name theirs. */
  criteria: Array<{ id: string; text: string }>;
}

/** Per dimension, the next stage and the texts of the criteria still unmet to reach it. */
export function nextSteps(results: CycleResults): NextStep[] {
  const byId = new Map(results.criteria.map((c) => [c.id, c]));
  return results.dimensions.map((d) => {
    const { stage, criteria } = d.next;
    const title =
      stage === null
        ? criteria.length === 0
          ? 'Highest stage reached'
          : 'Criteria still unmet'
        : `Next: ${stageName(results.stages, stage)}`;
    return {
      dimensionId: d.id,
      name: d.name,
      title,
      criteria: criteria.map((id) => {
        const c = byId.get(id);
        if (c === undefined) {
          return { id, text: id };
        }
        const lower = stage !== null && c.stage !== stage ? ` (${stageName(results.stages, c.stage)})` : '';
        return { id, text: `${c.text}${lower}` };
      }),
    };
  });
}
