import { type ResourceDocument } from '../../core/schema';
import { identityProblem } from '../auth/identity';
import { roleAtLeast } from '../auth/roles';
import { describeResource, isSqlKpi } from './documents';
import { type Actor, RegistryError } from './types';

export function requireRole(actor: Actor, role: Actor['role'], what: string): void {
  if (!roleAtLeast(actor.role, role)) {
    throw new RegistryError('forbidden', `${what} needs the ${role} role; ${actor.name} has ${actor.role}`);
  }
}

/** SQL templates run against the store and Source connections open files or databases, so only admins may write them. */
export function requireSqlAuthor(actor: Actor, doc: ResourceDocument): void {
  if (isSqlKpi(doc)) {
    requireRole(actor, 'admin', `writing the sql calculation of ${describeResource(doc.kind, doc.metadata.id)}`);
  }
  const connection = doc.kind === 'Source' ? doc.spec.connection : undefined;
  if (connection?.path !== undefined || connection?.urlEnv !== undefined) {
    requireRole(actor, 'admin', `writing the connection of ${describeResource(doc.kind, doc.metadata.id)}`);
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

/** apply --approved-by: the reviewer of a merged change, named only by a service (or the local CLI) that approves. */
export function requireApprovedByRight(actor: Actor, opts: { approve?: boolean; approvedBy?: string }): void {
  if (opts.approvedBy === undefined) {
    return;
  }
  if (!opts.approve) {
    throw new RegistryError('invalid', 'approvedBy names the reviewer of an approval: it needs approve', 'approvedBy');
  }
  if (actor.credential !== 'service' && actor.credential !== 'local') {
    throw new RegistryError(
      'forbidden',
      `approvedBy is accepted only from a service token; ${actor.name} acts with a ${actor.credential ?? 'person'} credential`,
      'approvedBy'
    );
  }
  const problem = identityProblem(opts.approvedBy);
  if (problem !== undefined) {
    throw new RegistryError('invalid', `approvedBy ${problem}`, 'approvedBy');
  }
}
