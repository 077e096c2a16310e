import { type Cycle, type CycleResults } from '../../../../../core/maturity/api';

export interface Provisional {
  title: string;
  body: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why results are not final yet; null once the cycle is released. */
export function provisionalOf(cycle: Cycle, results: CycleResults): Provisional | null {
  if (cycle.state === 'released') {
    return null;
  }
  if (cycle.state === 'open') {
    const finished = cycle.assessors.filter((a) => (cycle.progress[a] ?? 0) >= cycle.criteria).length;
    const visible = new Set(results.dimensions.flatMap((d) => Object.keys(d.byAssessor))).size;
    const hidden =
      visible < cycle.assessors.length ? ' Only your own answers are visible until every assessor has answered.' : '';
    return {
      title: 'Provisional results: the cycle is open',
      body: `${finished} of ${plural(cycle.assessors.length, 'assessor has', 'assessors have')} answered every criterion.${hidden} Stages may still change.`,
    };
  }
  const disputes = results.disputed.length;
  return {
    title: 'Provisional results: the cycle is in calibration',
    body:
      disputes === 0
        ? 'No dispute remains; the stages are final once the lead releases the cycle.'
        : `${plural(disputes, 'dispute remains', 'disputes remain')} for the lead to settle before release; stages may still change.`,
  };
}
