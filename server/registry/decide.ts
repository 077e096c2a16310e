import { sameIdentity } from '../auth/identity';
import { describeResource, declaredEffectiveFrom, fourEyes } from './documents';
import { coveringWindows, frozenError } from './freeze';
import { assertNoApprovedCycle } from './input-cycles';
import { type ResourceEntry } from './versions-repo';
import { saveResource, updateDecision } from './version-writes';
import { type WriteContext } from './write-context';
import { RegistryError, type VersionRecord } from './types';

export interface ApproveOptions {
  overrideFreeze?: { reason: string };
  /** The approver's comment, kept in the audit entry. */
  comment?: string;
  /** apply --approve: the merged pull request was the review; approvedBy names its reviewer (else the actor). */
  pullRequest?: { approvedBy?: string };
}

/** Four-eyes: the approver must be another identity than the author, compared case-insensitively. */
function checkFourEyes(entry: ResourceEntry, record: VersionRecord, approver: string, opts: ApproveOptions): void {
  if (!fourEyes(record.document) || !sameIdentity(record.author, approver)) {
    return;
  }
  const what = describeResource(entry.kind, entry.id);
  throw new RegistryError(
    'forbidden',
    `four-eyes: ${what} needs an approver other than its author ${record.author}${fourEyesHint(opts)}`
  );
}

function fourEyesHint(opts: ApproveOptions): string {
  if (opts.pullRequest === undefined) {
    return '';
  }
  if (opts.pullRequest.approvedBy !== undefined) {
    return ': --approved-by must name someone other than the author';
  }
  return (
    ': apply --approve cannot approve its own four-eyes change; approve it as someone else, ' +
    'or name the reviewer with --approved-by from a service token'
  );
}

function proposedVersion(entry: ResourceEntry, version: number, verb: string): VersionRecord {
  const what = describeResource(entry.kind, entry.id);
  const record = entry.versions.find((v) => v.version === version);
  if (record === undefined) {
    throw new RegistryError('not_found', `${what} has no version ${version}`);
  }
  if (record.state !== 'proposed') {
    throw new RegistryError(
      'conflict',
      `version ${version} of ${what} is ${record.state}: only a proposed version can be ${verb}`
    );
  }
  return record;
}

/** Only the newest pending proposal can be approved, and none behind a later approved version. */
function checkNewest(entry: ResourceEntry, version: number): void {
  const what = describeResource(entry.kind, entry.id);
  const later = entry.versions.filter((v) => v.version > version);
  const approved = later.find((v) => v.effectiveFrom !== null);
  if (approved !== undefined) {
    throw new RegistryError(
      'conflict',
      `version ${approved.version} of ${what} is already approved, after version ${version}`
    );
  }
  const newer = later.filter((v) => v.state === 'proposed').pop();
  if (newer !== undefined) {
    throw new RegistryError(
      'conflict',
      `version ${newer.version} of ${what} is a newer proposal: only the newest pending proposal can be approved ` +
        `(approve version ${newer.version}, or reject it first)`
    );
  }
}

/** Fails with 'frozen' unless an admin override (already authorised) is given; an override is audited. */
async function checkFreeze(
  ctx: WriteContext,
  entry: ResourceEntry,
  record: VersionRecord,
  effective: string,
  opts: ApproveOptions
): Promise<void> {
  // the version being replaced counts too: dropping a selector label does not escape a window
  const replaced = entry.versions.filter((v) => v.version === entry.approvedVersion).map((v) => v.document);
  const windows = coveringWindows(await ctx.windows(), [record.document, ...replaced], { effective, at: ctx.at });
  const [first] = windows;
  if (first === undefined) {
    return;
  }
  if (opts.overrideFreeze === undefined) {
    throw frozenError(first);
  }
  const detail = {
    windows: windows.map((w) => w.metadata.id),
    reason: opts.overrideFreeze.reason,
    effectiveFrom: effective,
  };
  await ctx.record({ action: 'freeze-override', kind: record.kind, id: record.id, version: record.version, detail });
}

export async function approveVersion(
  ctx: WriteContext,
  entry: ResourceEntry,
  version: number,
  opts: ApproveOptions
): Promise<VersionRecord> {
  const what = describeResource(entry.kind, entry.id);
  const record = proposedVersion(entry, version, 'approved');
  if (entry.retired) {
    throw new RegistryError('conflict', `${what} is retired: put it again to revive it`);
  }
  checkNewest(entry, version);
  await assertNoApprovedCycle(ctx, record.document);
  const approver = opts.pullRequest?.approvedBy ?? ctx.actor.name;
  checkFourEyes(entry, record, approver, opts);
  const effective = declaredEffectiveFrom(record.document, ctx.timeZone) ?? ctx.at;
  await checkFreeze(ctx, entry, record, effective, opts);
  const approved: VersionRecord = {
    ...record,
    state: 'approved',
    approver,
    decidedAt: ctx.at,
    effectiveFrom: effective,
  };
  await updateDecision(ctx.tx, approved);
  await saveResource(ctx.tx, { ...entry, approvedVersion: version }, { exists: true, at: ctx.at });
  const reviewer = opts.pullRequest?.approvedBy;
  const review =
    opts.pullRequest === undefined
      ? {}
      : { review: 'pull-request', ...(reviewer === undefined ? {} : { approvedBy: reviewer }) };
  await ctx.record({
    action: 'approve',
    kind: entry.kind,
    id: entry.id,
    version,
    detail: {
      hash: record.hash,
      effectiveFrom: effective,
      ...review,
      ...(opts.comment ? { comment: opts.comment } : {}),
    },
  });
  if (entry.kind === 'FreezeWindow') {
    ctx.windowsChanged();
  }
  return approved;
}

export async function rejectVersion(
  ctx: WriteContext,
  entry: ResourceEntry,
  version: number,
  reason: string | undefined
): Promise<VersionRecord> {
  const record = proposedVersion(entry, version, 'rejected');
  const rejected: VersionRecord = { ...record, state: 'rejected', approver: ctx.actor.name, decidedAt: ctx.at };
  await updateDecision(ctx.tx, rejected);
  await ctx.record({ action: 'reject', kind: entry.kind, id: entry.id, version, detail: { reason: reason ?? null } });
  return rejected;
}
