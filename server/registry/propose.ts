import { type ResourceDocument } from '../../core/schema';
import { describeResource } from './documents';
import { assertNoProposedCycle } from './input-cycles';
import { type ResourceEntry } from './versions-repo';
import { insertVersion, saveResource } from './version-writes';
import { type WriteContext } from './write-context';
import { RegistryError, type VersionRecord } from './types';

/** ifMatch is the latest version the writer read (0: the resource must not exist yet). */
export function checkIfMatch(entry: ResourceEntry | null, doc: ResourceDocument, ifMatch: number | undefined): void {
  const latest = entry?.latestVersion ?? 0;
  if (ifMatch !== undefined && ifMatch !== latest) {
    const what = describeResource(doc.kind, doc.metadata.id);
    throw new RegistryError('conflict', `${what} is at version ${latest}, not ${ifMatch}: read it again and retry`);
  }
}

/** Writes the document as version n+1 (parent n), proposed, with its audit entry; 400 if its inputs close a cycle. */
export async function writeVersion(
  ctx: WriteContext,
  entry: ResourceEntry | null,
  proposal: { doc: ResourceDocument; hash: string; message: string }
): Promise<{ entry: ResourceEntry; record: VersionRecord }> {
  const { doc, hash, message } = proposal;
  await assertNoProposedCycle(ctx, doc);
  const parent = entry?.latestVersion ?? null;
  const record: VersionRecord = {
    kind: doc.kind,
    id: doc.metadata.id,
    version: (parent ?? 0) + 1,
    parent,
    hash,
    document: doc,
    author: ctx.actor.name,
    message,
    createdAt: ctx.at,
    state: 'proposed',
    approver: null,
    decidedAt: null,
    effectiveFrom: null,
  };
  await insertVersion(ctx.tx, record);
  const head = {
    kind: record.kind,
    id: record.id,
    latestVersion: record.version,
    approvedVersion: entry?.approvedVersion ?? null,
    retired: false,
  };
  await saveResource(ctx.tx, head, { exists: entry !== null, at: ctx.at });
  const action = entry === null ? 'create' : entry.retired ? 'revive' : 'update';
  await ctx.record({
    action,
    kind: record.kind,
    id: record.id,
    version: record.version,
    detail: { hash, parent, message },
  });
  return { entry: { ...head, versions: [...(entry?.versions ?? []), record] }, record };
}
