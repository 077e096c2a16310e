import { type FreezeWindowDocument, type ResourceDocument } from '../../core/schema';
import { RegistryError, type VersionRecord } from './types';

export function freezeWindows(current: readonly VersionRecord[]): FreezeWindowDocument[] {
  return current.flatMap((v) => (v.document.kind === 'FreezeWindow' ? [v.document] : []));
}

/** Whether the window's scope names the KPI or matches all its selector labels. */
export function windowCovers(window: FreezeWindowDocument, kpi: ResourceDocument): boolean {
  const { kpis, labels } = window.spec.scope;
  if (kpis?.includes(kpi.metadata.id)) {
    return true;
  }
  const selector = Object.entries(labels ?? {});
  return selector.length > 0 && selector.every(([key, value]) => kpi.metadata.labels?.[key] === value);
}

/** Windows whose [from, to) holds `at` and whose scope names the KPI or matches all its selector labels. */
export function coveringWindows(
  windows: readonly FreezeWindowDocument[],
  kpi: ResourceDocument,
  at: string
): FreezeWindowDocument[] {
  if (kpi.kind !== 'KPI') {
    return [];
  }
  const atMs = Date.parse(at);
  return windows
    .filter((w) => Date.parse(w.spec.from) <= atMs && atMs < Date.parse(w.spec.to) && windowCovers(w, kpi))
    .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id));
}

export function frozenError(window: FreezeWindowDocument): RegistryError {
  return new RegistryError('frozen', `${window.metadata.id}: ${window.spec.reason}`);
}
