import { describeResource } from './documents';
import { versionInForce } from './in-force';
import { type ResourceEntry } from './versions-repo';
import { RegistryError, type VersionRecord } from './types';

export interface VersionSelector {
  version?: number;
  asOf?: string;
  /** The version in force now (asOf = now). */
  effective?: boolean;
}

export function latestVersion(entry: ResourceEntry): VersionRecord {
  const record = entry.versions[entry.versions.length - 1];
  if (record === undefined) {
    throw new RegistryError('not_found', `${describeResource(entry.kind, entry.id)} has no versions`);
  }
  return record;
}

/** Version n, else the one in force at asOf (or now, with effective), else the latest. */
export function selectVersion(entry: ResourceEntry, at: VersionSelector, now: () => Date): VersionRecord {
  const what = describeResource(entry.kind, entry.id);
  if (at.version !== undefined) {
    const record = entry.versions.find((v) => v.version === at.version);
    if (record === undefined) {
      throw new RegistryError('not_found', `${what} has no version ${at.version}`);
    }
    return record;
  }
  if (at.asOf === undefined && !at.effective) {
    return latestVersion(entry);
  }
  const asOf = at.asOf ?? now().toISOString();
  if (Number.isNaN(Date.parse(asOf))) {
    throw new RegistryError('invalid', `asOf must be an ISO-8601 time, got "${asOf}"`, 'asOf');
  }
  const record = versionInForce(entry.versions, asOf);
  if (record === null) {
    throw new RegistryError('not_found', `${what} has no approved version`);
  }
  return record;
}
