import { sameIdentity } from '../../../../core/identity';
import { type Cycle } from '../../../../core/maturity/api';
import { type CycleTab } from './route';

/** The tab a user lands on: their own answers while open, the lead's calibration, else the results. */
export function defaultTab(cycle: Cycle, login: string): CycleTab {
  if (cycle.state === 'open' && cycle.assessors.some((a) => sameIdentity(a, login))) {
    return 'assess';
  }
  if (cycle.state === 'calibration' && sameIdentity(cycle.lead, login)) {
    return 'calibration';
  }
  return 'results';
}

/** The cycle's own spelling of the signed-in user among its assessors; assessors answer only for themselves. */
export function ownAssessor(cycle: Cycle, login: string): string | undefined {
  return cycle.assessors.find((a) => sameIdentity(a, login));
}

/** Each assessor's answered criteria of the cycle's total, in the cycle's order. */
export function progressRows(cycle: Cycle): Array<{ assessor: string; answered: number; done: boolean }> {
  return cycle.assessors.map((assessor) => {
    const answered = cycle.progress[assessor] ?? 0;
    return { assessor, answered, done: answered >= cycle.criteria };
  });
}
