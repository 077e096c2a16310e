import { sameIdentity } from '../../../../../core/identity';
import { type Cycle } from '../../../../../core/maturity/api';
import { type CycleTab } from '../../data/route';
import { progressOf } from './grid';

export interface MyCycle {
  cycle: Cycle;
  tab: CycleTab;
  /** What the user is to do there, in a few words. */
  todo: string;
}

/**
 * The cycles waiting for `login`: as an assessor who has not answered every criterion of an unreleased cycle
 * (→ assess), or as the lead of a cycle in calibration (→ calibration). Oldest year first.
 */
export function myCycles(cycles: readonly Cycle[], login: string): MyCycle[] {
  const mine: MyCycle[] = [];
  for (const c of cycles) {
    if (c.state === 'released') {
      continue;
    }
    if (c.state === 'calibration' && sameIdentity(c.lead, login)) {
      mine.push({ cycle: c, tab: 'calibration', todo: 'settle the disputes and release' });
      continue;
    }
    const me = c.assessors.find((a) => sameIdentity(a, login));
    if (me !== undefined && progressOf(c, me) < c.criteria) {
      mine.push({ cycle: c, tab: 'assess', todo: `${progressOf(c, me)} of ${c.criteria} criteria answered` });
    }
  }
  return mine.sort((a, b) => a.cycle.year - b.cycle.year || a.cycle.id.localeCompare(b.cycle.id));
}
