import { sameIdentity } from '../../../../../core/identity';
import { type Cycle, type CycleResults, type CycleState } from '../../../../../core/maturity/api';
import { type GrafanaRole } from '../../../../api/kpiServer';
import { progressRows } from '../../data/cycleTabs';
import { shortTime } from './answers';

export interface User {
  login: string;
  role: GrafanaRole;
}

const ORDER: Record<CycleState, number> = { open: 0, calibration: 1, released: 2 };

/** The later of the two states: the results answered by a settle or release are newer than the cycle prop. */
export const stateOf = (cycle: Pick<Cycle, 'state'>, results: Pick<CycleResults, 'state'>): CycleState =>
  ORDER[results.state] > ORDER[cycle.state] ? results.state : cycle.state;

/** Why `user` may not settle or release: only the lead may (a Grafana Admin reaches the server as approver, not admin). */
export function actBlock(lead: string, user: User): string | undefined {
  if (sameIdentity(lead, user.login)) {
    return undefined;
  }
  return `Only the lead, ${lead}, settles disputes and releases the results; you are ${user.login}, so this view is read-only.`;
}

/** Why nothing can be settled now, or undefined. */
export function settleBlock(state: CycleState, act: string | undefined): string | undefined {
  if (state === 'open') {
    return 'Disputes are settled once the cycle is in calibration, when every assessor has answered.';
  }
  if (state === 'released') {
    return 'The results are released and locked.';
  }
  return act;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why the results cannot be released now, or undefined. */
export function releaseBlock(
  state: CycleState,
  cycle: Pick<Cycle, 'releasedBy' | 'releasedAt'>,
  disputed: readonly string[],
  act: string | undefined
): string | undefined {
  if (state === 'released') {
    const by = cycle.releasedBy === null ? '' : ` by ${cycle.releasedBy}`;
    const at = cycle.releasedAt === null ? '' : ` on ${shortTime(cycle.releasedAt)}`;
    return `Released${by}${at}: released results are locked.`;
  }
  if (state === 'open') {
    return 'The cycle is still open: it can be released after calibration, once every assessor has answered.';
  }
  if (act !== undefined) {
    return act;
  }
  if (disputed.length > 0) {
    return `${plural(disputed.length, 'criterion is', 'criteria are')} still disputed (${disputed.join(', ')}): settle them before releasing.`;
  }
  return undefined;
}

/** "bob (2 of 6), carol (0 of 6)": the assessors who have not answered every criterion yet. */
export function waitingFor(cycle: Cycle): string {
  return progressRows(cycle)
    .filter((r) => !r.done)
    .map((r) => `${r.assessor} (${r.answered} of ${cycle.criteria})`)
    .join(', ');
}
