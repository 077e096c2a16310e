import { type Proposal } from '../../core/app-api';
import { diffDocuments } from '../../core/diff';
import { KINDS, type ResourceDocument } from '../../core/schema';
import { fourEyes } from '../registry/documents';
import { type Registry, type ResourceSummary, type VersionRecord } from '../registry/types';

const nameOf = (doc: ResourceDocument): string =>
  'name' in doc.spec && typeof doc.spec.name === 'string' ? doc.spec.name : doc.metadata.id;

/** A resource's proposed versions, each with its changes against the approved version (a new one's against nothing). */
export function resourceProposals(summary: ResourceSummary, versions: readonly VersionRecord[]): Proposal[] {
  const against = versions.find((v) => v.version === summary.approvedVersion) ?? null;
  return versions
    .filter((v) => v.state === 'proposed')
    .map((v) => ({
      kind: v.kind,
      id: v.id,
      name: nameOf(v.document),
      version: v.version,
      against: against?.version ?? null,
      author: v.author,
      message: v.message,
      createdAt: v.createdAt,
      fourEyes: fourEyes(v.document),
      superseded: versions.some((later) => later.version > v.version && later.state !== 'rejected'),
      changes: diffDocuments(against?.document ?? {}, v.document),
    }));
}

const newestFirst = (a: Proposal, b: Proposal): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
  KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : b.version - a.version);

/** GET /api/v1/proposals: every version awaiting a decision, of every kind, newest first. */
export async function pendingProposals(registry: Pick<Registry, 'list' | 'versions'>): Promise<Proposal[]> {
  const out: Proposal[] = [];
  for (const kind of KINDS) {
    for (const summary of await registry.list(kind, { includeRetired: true })) {
      out.push(...resourceProposals(summary, await registry.versions(kind, summary.id)));
    }
  }
  return out.sort(newestFirst);
}
