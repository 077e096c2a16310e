import { type Cycle } from '../../../../../core/maturity/api';
import { sameIdentity } from '../../../../../core/identity';
import { type GrafanaRole } from '../../../../api/kpiServer';

/** Why the form is read-only for the signed-in user, or undefined when they may answer. */
export function readOnlyReason(
  cycle: Pick<Cycle, 'state' | 'releasedAt'>,
  assessor: string,
  user: { login: string; role: GrafanaRole }
): string | undefined {
  if (cycle.state === 'released') {
    const when = cycle.releasedAt === null ? '' : ` on ${cycle.releasedAt.slice(0, 10)}`;
    return `This cycle was released${when}: its answers are locked.`;
  }
  // a Grafana Admin reaches the server as approver, which answers for nobody else
  if (!sameIdentity(assessor, user.login)) {
    return `These are ${assessor}'s answers: only ${assessor} may change them (you are signed in as ${user.login}).`;
  }
  return undefined;
}
