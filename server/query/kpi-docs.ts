import { type KpiDocument } from '../../core/schema';
import { type Registry } from '../registry/types';

/** Current KPI definitions by id, each read once; an id the registry does not know maps to null. */
export async function currentKpiDocs(
  registry: Pick<Registry, 'get'>,
  ids: Iterable<string>
): Promise<Map<string, KpiDocument | null>> {
  const unique = [...new Set(ids)];
  const docs = await Promise.all(
    unique.map((id) =>
      registry.get('KPI', id).then(
        (r) => (r.document.kind === 'KPI' ? r.document : null),
        () => null
      )
    )
  );
  return new Map(unique.map((id, i) => [id, docs[i] ?? null]));
}
