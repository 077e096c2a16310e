import { type ResourceDocument } from '../../core/schema';
import { roleAtLeast } from '../auth/roles';
import { describeResource, isSqlKpi } from './documents';
import { type Actor, RegistryError } from './types';

export function requireRole(actor: Actor, role: Actor['role'], what: string): void {
  if (!roleAtLeast(actor.role, role)) {
    throw new RegistryError('forbidden', `${what} needs the ${role} role; ${actor.name} has ${actor.role}`);
  }
}

/** SQL templates run against the sources, so only admins may write them. */
export function requireSqlAuthor(actor: Actor, doc: ResourceDocument): void {
  if (isSqlKpi(doc)) {
    requireRole(actor, 'admin', `writing the sql calculation of ${describeResource(doc.kind, doc.metadata.id)}`);
  }
}

export function requireOverrideRight(actor: Actor, override: { reason: string } | undefined): void {
  if (override === undefined) {
    return;
  }
  requireRole(actor, 'admin', 'overriding a freeze window');
  if (override.reason.trim() === '') {
    throw new RegistryError('invalid', 'a freeze override needs a reason', 'overrideFreeze.reason');
  }
}
