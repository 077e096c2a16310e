import { diffDocuments } from '../../core/diff';
import { type Kind, type ResourceDocument } from '../../core/schema';
import { scorecardShares } from '../../core/validate';
import { bundleMember, describeResource, normaliseDocument, resourceKey } from './documents';
import { documentHash } from './hash';
import { type ResourceEntry } from './versions-repo';
import { type PlanEntry, RegistryError, type ResourceSummary, type VersionRecord } from './types';

/** What a document would do to its resource, and the version it is compared with. */
export interface PlanStep {
  entry: PlanEntry;
  current: ResourceEntry | null;
  /** The version the document is compared with (see baselineOf), or the one it equals. */
  baseline?: VersionRecord;
  doc?: ResourceDocument;
  hash?: string;
}

export interface EntryLoader {
  entry(kind: Kind, id: string): Promise<ResourceEntry | null>;
  summaries(): Promise<ResourceSummary[]>;
}

/**
 * The version a new document is compared with: the latest one not rejected, else the latest. A document
 * equal to it, or to the approved version, is unchanged.
 */
export function baselineOf(entry: ResourceEntry): VersionRecord | undefined {
  const live = entry.versions.filter((v) => v.state !== 'rejected');
  return live[live.length - 1] ?? entry.versions[entry.versions.length - 1];
}

/** What a document would do; a scorecard created or updated also shows the shares its weights are read as. */
export function planDocument(current: ResourceEntry | null, doc: ResourceDocument, hash: string): PlanStep {
  const step = compareDocument(current, doc, hash);
  const { entry } = step;
  if (doc.kind !== 'Scorecard' || (entry.action !== 'create' && entry.action !== 'update')) {
    return step;
  }
  return { ...step, entry: { ...entry, shares: scorecardShares(doc.spec) } };
}

function compareDocument(current: ResourceEntry | null, doc: ResourceDocument, hash: string): PlanStep {
  const base = { kind: doc.kind, id: doc.metadata.id };
  const baseline = current === null ? undefined : baselineOf(current);
  if (current === null || baseline === undefined) {
    return { entry: { ...base, action: 'create', fromVersion: null, changes: [] }, current, doc, hash };
  }
  const changes = diffDocuments(baseline.document, doc);
  // a retired resource comes back as a new version even when its document is the same
  if (current.retired) {
    const entry: PlanEntry = { ...base, action: 'create', fromVersion: current.latestVersion, changes };
    return { entry, current, baseline, doc, hash };
  }
  // the version in force counts too, so that export → apply changes nothing while a proposal is pending
  const approved = current.versions.find((v) => v.version === current.approvedVersion);
  const same = [baseline, approved].find((v) => v?.hash === hash);
  if (same !== undefined) {
    const entry: PlanEntry = { ...base, action: 'unchanged', fromVersion: same.version, changes: [] };
    return { entry, current, baseline: same, doc, hash };
  }
  return { entry: { ...base, action: 'update', fromVersion: baseline.version, changes }, current, baseline, doc, hash };
}

/** Plans each document, then (with prune) retires resources of the bundle's kinds that it no longer holds. */
export async function planBundle(
  load: EntryLoader,
  docs: ReadonlyArray<{ doc: ResourceDocument; hash: string }>,
  prune: boolean
): Promise<PlanStep[]> {
  const steps: PlanStep[] = [];
  for (const { doc, hash } of docs) {
    steps.push(planDocument(await load.entry(doc.kind, doc.metadata.id), doc, hash));
  }
  if (!prune) {
    return steps;
  }
  const kinds = new Set(docs.map(({ doc }) => doc.kind));
  const kept = new Set(docs.map(({ doc }) => resourceKey(doc.kind, doc.metadata.id)));
  const gone = (await load.summaries()).filter(
    (s) => kinds.has(s.kind) && !s.retired && !kept.has(resourceKey(s.kind, s.id))
  );
  for (const s of gone) {
    const entry: PlanEntry = { kind: s.kind, id: s.id, action: 'retire', fromVersion: s.latestVersion, changes: [] };
    steps.push({ entry, current: await load.entry(s.kind, s.id) });
  }
  return steps;
}

/** Validates and hashes every document of a bundle; a resource may appear once. */
export function normaliseBundle(docs: readonly ResourceDocument[]): Array<{ doc: ResourceDocument; hash: string }> {
  const seen = new Set<string>();
  return docs.map((input, i) => {
    const doc = normaliseDocument(input, bundleMember(input, i));
    const key = resourceKey(doc.kind, doc.metadata.id);
    if (seen.has(key)) {
      throw new RegistryError('invalid', `the bundle holds ${describeResource(doc.kind, doc.metadata.id)} twice`);
    }
    seen.add(key);
    return { doc, hash: documentHash(doc) };
  });
}
