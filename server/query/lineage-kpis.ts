import { type LineageGraph, type Registry, type VersionState } from '../registry/types';
import { versionAt } from './registry-docs';

type Node = LineageGraph['nodes'][number];

/** The node's resource id: `kpi:customer.nps` → `customer.nps`, `objective:card/delight` → `card/delight`. */
export const resourceIdOf = (node: Pick<Node, 'id'>): string => node.id.slice(node.id.indexOf(':') + 1);

/** What a KPI node says about its KPI: the version in force and its governance, or that the registry lacks it. */
export type KpiFacts =
  | { known: false }
  | { known: true; retired: boolean; version: number; state: VersionState; owner: string; perspective: string };

/**
 * Registry facts for every KPI node of the graph, read once per query: one list of KPIs, then the version
 * in force at `at` of each KPI in the graph. Keyed by KPI id.
 */
export async function kpiFacts(registry: Registry, graph: LineageGraph, at: string): Promise<Map<string, KpiFacts>> {
  const summaries = new Map((await registry.list('KPI', { includeRetired: true })).map((s) => [s.id, s]));
  const ids = graph.nodes.filter((n) => n.kind === 'kpi').map(resourceIdOf);
  const facts = await Promise.all(
    ids.map(async (id): Promise<[string, KpiFacts]> => {
      const summary = summaries.get(id);
      if (summary === undefined) {
        return [id, { known: false }];
      }
      const record = await versionAt(registry, 'KPI', id, at);
      const doc = record.document;
      return [
        id,
        doc.kind === 'KPI'
          ? {
              known: true,
              retired: summary.retired,
              version: record.version,
              state: record.state,
              owner: doc.spec.owner,
              perspective: doc.spec.perspective,
            }
          : { known: false },
      ];
    })
  );
  return new Map(facts);
}
