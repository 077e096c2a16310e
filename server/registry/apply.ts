import { approveVersion } from './decide';
import { noteBundle } from './input-cycles';
import { describeResource } from './documents';
import { requireSqlAuthor } from './permissions';
import { type PlanStep } from './plan';
import { writeVersion } from './propose';
import { retireResource } from './retire';
import { type WriteContext } from './write-context';
import { type ApplyOptions, RegistryError, type VersionRecord } from './types';

async function applyStep(ctx: WriteContext, step: PlanStep, opts: ApplyOptions): Promise<VersionRecord | null> {
  const { entry, current, doc, hash } = step;
  if (entry.action === 'unchanged') {
    return null;
  }
  if (entry.action === 'retire') {
    if (current === null) {
      throw new RegistryError('not_found', `${describeResource(entry.kind, entry.id)} vanished while applying`);
    }
    await retireResource(ctx, current, opts.message);
    return null;
  }
  if (doc === undefined || hash === undefined) {
    throw new Error(`plan step ${entry.action} of ${describeResource(entry.kind, entry.id)} has no document`);
  }
  requireSqlAuthor(ctx.actor, doc);
  const written = await writeVersion(ctx, current, { doc, hash, message: opts.message ?? '' });
  if (!opts.approve) {
    return written.record;
  }
  return approveVersion(ctx, written.entry, written.record.version, {
    ...(opts.overrideFreeze === undefined ? {} : { overrideFreeze: opts.overrideFreeze }),
    pullRequest: opts.approvedBy === undefined ? {} : { approvedBy: opts.approvedBy },
  });
}

/** Writes every step of a plan made inside the same transaction; the first error aborts all of them. */
export async function applySteps(
  ctx: WriteContext,
  steps: readonly PlanStep[],
  opts: ApplyOptions
): Promise<VersionRecord[]> {
  noteBundle(ctx, steps);
  const versions: VersionRecord[] = [];
  for (const step of steps) {
    const version = await applyStep(ctx, step, opts);
    if (version !== null) {
      versions.push(version);
    }
  }
  return versions;
}
