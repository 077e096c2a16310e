import { type Kind } from '../../core/schema';
import { RegistryError, type Registry, type VersionRecord } from '../registry/types';

/** The version in force at `at` (ISO time); a resource never approved falls back to its latest version. */
export async function versionAt(registry: Registry, kind: Kind, id: string, at: string): Promise<VersionRecord> {
  try {
    return await registry.get(kind, id, { asOf: at });
  } catch (err) {
    if (err instanceof RegistryError && err.code === 'not_found') {
      return registry.get(kind, id);
    }
    throw err;
  }
}
