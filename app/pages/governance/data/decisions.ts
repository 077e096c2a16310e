import { sameIdentity } from '../../../../core/identity';
import { KIND_PATHS, type Kind } from '../../../../core/schema';
import { type GrafanaRole } from '../../../api/kpiServer';

export interface Decider {
  login: string;
  role: GrafanaRole;
}

interface Pending {
  kind: Kind;
  id: string;
  version: number;
  author: string;
  fourEyes: boolean;
}

/** `kpis/<id>/versions/<n>/approve`: the registry route under /api/v1 for the proposal's kind. */
export function decisionPath(p: Pending, verb: 'approve' | 'reject'): string {
  return `${KIND_PATHS[p.kind]}/${encodeURIComponent(p.id)}/versions/${p.version}/${verb}`;
}

function roleProblem(user: Decider, verb: string): string | undefined {
  return user.role === 'Admin'
    ? undefined
    : `${verb} needs the Admin role in Grafana (approver on the KPI server); you are ${user.role}`;
}

/** Why the user may not approve, or undefined when they may. */
export function approveBlock(p: Pending, user: Decider): string | undefined {
  const role = roleProblem(user, 'Approving');
  if (role !== undefined) {
    return role;
  }
  if (p.fourEyes && sameIdentity(p.author, user.login)) {
    return `four-eyes: someone other than ${p.author} must approve`;
  }
  return undefined;
}

/** Why the user may not reject with this comment; four-eyes does not bind rejections (an author may withdraw). */
export function rejectBlock(user: Decider, comment: string): string | undefined {
  const role = roleProblem(user, 'Rejecting');
  if (role !== undefined) {
    return role;
  }
  return comment.trim() === '' ? 'Rejecting needs a reason: write it in the comment' : undefined;
}
