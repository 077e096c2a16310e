import { saveResource, updateDecision } from './version-writes';
import { type ResourceEntry } from './versions-repo';
import { type WriteContext } from './write-context';
import { type ResourceSummary } from './types';

/** Marks the resource and its approved version retired; retiring a retired resource changes nothing. */
export async function retireResource(
  ctx: WriteContext,
  entry: ResourceEntry,
  reason: string | undefined
): Promise<ResourceSummary> {
  const { versions, ...summary } = entry;
  if (summary.retired) {
    return summary;
  }
  const approved = versions.find((v) => v.version === summary.approvedVersion);
  if (approved !== undefined) {
    await updateDecision(ctx.tx, { ...approved, state: 'retired' });
  }
  const retired = { ...summary, approvedVersion: null, retired: true };
  await saveResource(ctx.tx, retired, { exists: true, at: ctx.at });
  const detail = { reason: reason ?? null, approvedVersion: summary.approvedVersion };
  await ctx.record({ action: 'retire', kind: entry.kind, id: entry.id, version: summary.latestVersion, detail });
  if (entry.kind === 'FreezeWindow') {
    ctx.windowsChanged();
  }
  return retired;
}
