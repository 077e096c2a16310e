import { type CycleResults } from '../../../../../core/maturity/api';

type Stages = CycleResults['stages'];

/** A stage id in words; null (not even the lowest stage met) as "Below <lowest stage>". */
export function stageName(stages: Stages, id: string | null): string {
  if (id === null) {
    const lowest = stages[0];
    return lowest === undefined ? 'No stage' : `Below ${lowest.name}`;
  }
  return stages.find((s) => s.id === id)?.name ?? id;
}

/** 1-based position of a stage in the model's stages; 0 for null or a stage the model no longer has. */
export function stagePosition(stages: Stages, id: string | null): number {
  return id === null ? 0 : stages.findIndex((s) => s.id === id) + 1;
}
