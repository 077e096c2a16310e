import { type KnownResource } from '../../core/validate';
import { KINDS } from '../../core/schema';
import { type Registry } from './types';

/** Every current resource as a reference target for checkBundle, with each Journey's stage ids. */
export async function knownResources(registry: Registry): Promise<KnownResource[]> {
  const known: KnownResource[] = [];
  for (const kind of KINDS) {
    for (const summary of await registry.list(kind)) {
      if (kind !== 'Journey') {
        known.push({ kind, id: summary.id });
        continue;
      }
      const { document } = await registry.get(kind, summary.id);
      const stages = document.kind === 'Journey' ? document.spec.stages.map((s) => s.id) : [];
      known.push({ kind, id: summary.id, stages });
    }
  }
  return known;
}
