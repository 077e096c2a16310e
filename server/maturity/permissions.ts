import { sameIdentity } from '../../core/identity';
import { roleAtLeast } from '../auth/roles';
import { type Actor, RegistryError } from '../registry/types';
import { type CycleRow } from './repo';

/** The cycle's own spelling of `name` among its assessors, or undefined. */
export function assessorOf(cycle: CycleRow, name: string): string | undefined {
  return cycle.assessors.find((a) => sameIdentity(a, name));
}

export function isLead(cycle: CycleRow, actor: Actor): boolean {
  return sameIdentity(cycle.lead, actor.name) || actor.role === 'admin';
}

/** Assessors answer for themselves; an admin may answer for any assessor of the cycle. */
export function assertMayAnswer(cycle: CycleRow, assessor: string, actor: Actor): string {
  const listed = assessorOf(cycle, assessor);
  if (actor.role !== 'admin' && !sameIdentity(assessor, actor.name)) {
    throw new RegistryError(
      'forbidden',
      `${actor.name} cannot answer for ${assessor}: assessors answer for themselves (admins may act for others)`
    );
  }
  if (listed === undefined) {
    throw new RegistryError(
      'forbidden',
      `${assessor} is not an assessor of cycle ${cycle.id} (assessors: ${cycle.assessors.join(', ')})`
    );
  }
  return listed;
}

export function assertLead(cycle: CycleRow, actor: Actor, what: string): void {
  if (!isLead(cycle, actor)) {
    throw new RegistryError('forbidden', `only the lead (${cycle.lead}) or an admin may ${what} cycle ${cycle.id}`);
  }
}

export function assertRole(actor: Actor, role: Actor['role'], what: string): void {
  if (!roleAtLeast(actor.role, role)) {
    throw new RegistryError('forbidden', `${what} needs the ${role} role; ${actor.name} has ${actor.role}`);
  }
}

export function assertNotReleased(cycle: CycleRow): void {
  if (cycle.state === 'released') {
    throw new RegistryError(
      'conflict',
      `cycle ${cycle.id} was released${cycle.releasedAt === null ? '' : ` on ${cycle.releasedAt}`} and is locked`
    );
  }
}

/** Whether the caller may see every assessor's answers: after the open phase, or as the lead or an admin. */
export function seesAllAnswers(cycle: CycleRow, actor: Actor): boolean {
  return cycle.state !== 'open' || isLead(cycle, actor);
}
