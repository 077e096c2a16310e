import { type Registry, RegistryError, type VersionRecord } from '../registry/types';

/** The calculation kind of a KPI document: measure, expression, manual or sql. */
export function calculationKind(record: VersionRecord): string {
  if (record.document.kind !== 'KPI') {
    return 'none';
  }
  return Object.keys(record.document.spec.calculation)[0] ?? 'none';
}

async function currentVersion(registry: Registry, id: string): Promise<VersionRecord> {
  const latest = await registry.get('KPI', id);
  try {
    return await registry.get('KPI', id, { effective: true });
  } catch (err) {
    // never approved yet: the latest proposal is what the KPI is
    if (err instanceof RegistryError && err.code === 'not_found') {
      return latest;
    }
    throw err;
  }
}

/**
 * Check-ins are only for KPIs whose current calculation (the version in force now, else the latest) is manual.
 * Throws RegistryError not_found for an unknown KPI and invalid for a retired or computed one.
 */
export async function assertManualKpi(registry: Registry, id: string): Promise<void> {
  const summary = (await registry.list('KPI', { includeRetired: true })).find((s) => s.id === id);
  if (summary?.retired) {
    throw new RegistryError('invalid', `KPI ${id} is retired: it takes no check-ins`);
  }
  const kind = calculationKind(await currentVersion(registry, id));
  if (kind !== 'manual') {
    throw new RegistryError(
      'invalid',
      `KPI ${id} is calculated by ${kind}, not manual: only manual KPIs take check-ins (its values come from the ${kind})`
    );
  }
}
