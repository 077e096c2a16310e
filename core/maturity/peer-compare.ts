import { stageIndex } from './assess';
import { type MaturityStage } from './types';

/**
 * A unit's percentile rank among peers given as counts per stage id ("none" = index 0): 100 × (below + ½ ×
 * equal) / n, the unit not being one of the peers; null when there are no peers.
 */
export function rankAgainst(
  index: number,
  counts: Readonly<Record<string, number>>,
  stages: readonly MaturityStage[]
): number | null {
  if (!Number.isInteger(index) || index < 0 || index > stages.length) {
    throw new RangeError(`stage index must be an integer from 0 to ${stages.length}, got ${index}`);
  }
  let n = 0;
  let below = 0;
  let equal = 0;
  for (const [stage, count] of Object.entries(counts)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`the peer count of stage "${stage}" must be a whole number ≥ 0, got ${count}`);
    }
    const at = stage === 'none' ? 0 : stageIndex(stage, stages);
    n += count;
    below += at < index ? count : 0;
    equal += at === index ? count : 0;
  }
  return n === 0 ? null : (100 * (below + equal / 2)) / n;
}
