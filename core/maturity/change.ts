import { stageIndex } from './assess';
import { type DimensionStages, type MaturityStage } from './types';

/** Stage index delta per dimension present in both cycles; null when there is no previous cycle. */
export function stageChange(
  current: DimensionStages,
  previous: DimensionStages | null,
  stages: readonly MaturityStage[]
): Record<string, number> | null {
  if (previous === null) {
    return null;
  }
  const out: Record<string, number> = {};
  for (const [id, stage] of Object.entries(current)) {
    const before = Object.hasOwn(previous, id) ? previous[id] : undefined;
    if (stage !== undefined && before !== undefined) {
      out[id] = stageIndex(stage, stages) - stageIndex(before, stages);
    }
  }
  return out;
}
