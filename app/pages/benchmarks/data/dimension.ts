import { type StageBenchmarkView } from '../../../../core/maturity/benchmark-api';
import {
  type Bar,
  distributionBars,
  positionIn,
  rankWords,
  type Stage,
  stageName,
  unitIndexFromRank,
} from './distribution';

export type DimensionView = { id: string; name: string; n: number } & (
  | { suppressed: true; reason: string }
  | {
      suppressed: false;
      bars: Bar[];
      median: string;
      /** The highlighted unit's stage index (0 = below the lowest stage); null when it has no stage here. */
      unitIndex: number | null;
      rank: string | null;
    }
);

/** A dimension's internal benchmark as shown: bars with the unit and median marked, the unit's rank in words. */
export function dimensionView(d: StageBenchmarkView, stages: readonly Stage[], unit: string): DimensionView {
  if (d.suppressed) {
    return { id: d.id, name: d.name, n: d.n, suppressed: true, reason: d.reason };
  }
  const rank = unit !== '' && Object.hasOwn(d.ranks, unit) ? d.ranks[unit] : undefined;
  const unitIndex = rank === undefined ? null : unitIndexFromRank(rank, d.counts, stages);
  return {
    id: d.id,
    name: d.name,
    n: d.n,
    suppressed: false,
    bars: distributionBars(d.counts, stages, { unitIndex, medianIndex: d.medianIndex }),
    median: stageName(d.median, stages),
    unitIndex,
    rank:
      rank === undefined || unitIndex === null ? null : rankWords(rank, positionIn(d.counts, stages, unitIndex), true),
  };
}
