import { localTimeIso } from '../../core/periods';
import { type FreezeScope, type FreezeWindowDocument, type ResourceDocument } from '../../core/schema';
import { RegistryError, type VersionRecord } from './types';

export function freezeWindows(current: readonly VersionRecord[]): FreezeWindowDocument[] {
  return current.flatMap((v) => (v.document.kind === 'FreezeWindow' ? [v.document] : []));
}

/** The ids a scope names for the document's kind; null for kinds no window freezes. */
function listedIds(scope: FreezeScope, doc: ResourceDocument): string[] | null {
  switch (doc.kind) {
    case 'KPI':
      return scope.kpis ?? [];
    case 'Scorecard':
      return scope.scorecards ?? [];
    case 'Journey':
      return scope.journeys ?? [];
    default:
      return null;
  }
}

/** Whether the window's scope names the KPI, scorecard or journey, or matches all its selector labels. */
export function windowCovers(window: FreezeWindowDocument, doc: ResourceDocument): boolean {
  const { scope } = window.spec;
  const ids = listedIds(scope, doc);
  if (ids === null) {
    return false;
  }
  if (ids.includes(doc.metadata.id)) {
    return true;
  }
  const selector = Object.entries(scope.labels ?? {});
  return selector.length > 0 && selector.every(([key, value]) => doc.metadata.labels?.[key] === value);
}

/** A version approved at `at` that takes effect at `effective`. */
export interface EffectiveChange {
  effective: string;
  at: string;
}

/**
 * Whether the change alters what is in force inside [from, to): it takes effect there, or it is approved
 * there while taking effect before the window ends (back-dated over it).
 */
export function changesWindow(window: FreezeWindowDocument, change: EffectiveChange): boolean {
  const from = Date.parse(window.spec.from);
  const to = Date.parse(window.spec.to);
  const effective = Date.parse(change.effective);
  const at = Date.parse(change.at);
  const inside = (ms: number) => from <= ms && ms < to;
  return inside(effective) || (inside(at) && effective < to);
}

/** Windows that cover any of the documents (the new version, the one it replaces) and that the change alters. */
export function coveringWindows(
  windows: readonly FreezeWindowDocument[],
  docs: readonly ResourceDocument[],
  change: EffectiveChange
): FreezeWindowDocument[] {
  return windows
    .filter((w) => changesWindow(w, change) && docs.some((doc) => windowCovers(w, doc)))
    .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));
}

/** The window with date-only bounds read as local midnights in the zone. */
export function localWindow(window: FreezeWindowDocument, timeZone: string): FreezeWindowDocument {
  const { from, to } = window.spec;
  return { ...window, spec: { ...window.spec, from: localTimeIso(from, timeZone), to: localTimeIso(to, timeZone) } };
}

export function frozenError(window: FreezeWindowDocument): RegistryError {
  return new RegistryError('frozen', `${window.metadata.id}: ${window.spec.reason}`);
}
