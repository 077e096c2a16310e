import { type CycleResults } from '../../../../../core/maturity/api';

export interface StageSummary {
  /** Stage names; "none" for a dimension below the lowest stage. */
  lowest: string;
  median: string;
  highest: string;
  dimensions: number;
}

/** The spread of a released cycle's dimension stages: lowest, lower median and highest. */
export function stageSummary(results: CycleResults): StageSummary | undefined {
  const indexes = results.dimensions.map((d) => d.stageIndex).sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const median = indexes[Math.ceil(indexes.length / 2) - 1];
  if (first === undefined || last === undefined || median === undefined) {
    return undefined;
  }
  const name = (index: number) => (index === 0 ? 'none' : (results.stages[index - 1]?.name ?? `stage ${index}`));
  return { lowest: name(first), median: name(median), highest: name(last), dimensions: indexes.length };
}
