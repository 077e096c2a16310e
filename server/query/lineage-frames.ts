import { type LineageGraph } from '../registry/types';
import { frameJson, type FieldSpec, type FrameJson } from './frame';
import { type KpiFacts, resourceIdOf } from './lineage-kpis';
import { nodeRows } from './lineage-nodes';

type Edge = LineageGraph['edges'][number];

// Read source → relation → target: "New customers won → input of → Customer acquisition cost"
const RELATIONS: Record<Edge['kind'], string> = {
  input: 'input of',
  'measured-by': 'measured by',
  'part-of': 'part of',
};

/** A `detail__` field: the Node Graph lists it, under its display name, in the node's or edge's menu. */
function detail(f: { name: string; label: string; type: 'string' | 'number'; values: unknown[] }): FieldSpec {
  return { name: `detail__${f.name}`, type: f.type, values: f.values, config: { displayName: f.label } };
}

/**
 * Nodes and edges frames with the field names Grafana's Node Graph panel reads: KPI nodes show the version
 * in force and its state, other nodes what they link to; details carry kind, id, owner and perspective.
 * The Node Graph draws each edge as an arrow from `source` to `target`, so arrows follow the data.
 */
export function lineageFrames(
  graph: LineageGraph,
  kpis: ReadonlyMap<string, KpiFacts>,
  refId: string,
  whole = graph
): FrameJson[] {
  const rows = nodeRows(graph, kpis, whole);
  const nodes = frameJson({
    name: 'nodes',
    refId,
    meta: { preferredVisualisationType: 'nodeGraph' },
    fields: [
      { name: 'id', type: 'string', values: rows.map((r) => r.node.id) },
      { name: 'title', type: 'string', values: rows.map((r) => r.node.title) },
      { name: 'subtitle', type: 'string', values: rows.map((r) => r.subtitle) },
      { name: 'mainstat', type: 'string', values: rows.map((r) => r.mainstat) },
      { name: 'secondarystat', type: 'string', values: rows.map((r) => r.secondarystat) },
      { name: 'color', type: 'string', values: rows.map((r) => r.color) },
      detail({ name: 'kind', label: 'Kind', type: 'string', values: rows.map((r) => r.node.kind) }),
      detail({ name: 'id', label: 'Id', type: 'string', values: rows.map((r) => resourceIdOf(r.node)) }),
      detail({
        name: 'version',
        label: 'Version in force',
        type: 'number',
        values: rows.map((r) => r.kpi?.version ?? null),
      }),
      detail({ name: 'state', label: 'State', type: 'string', values: rows.map((r) => r.kpi?.state ?? null) }),
      detail({ name: 'owner', label: 'Owner', type: 'string', values: rows.map((r) => r.kpi?.owner ?? null) }),
      detail({
        name: 'perspective',
        label: 'Perspective',
        type: 'string',
        values: rows.map((r) => r.kpi?.perspective ?? null),
      }),
    ],
  });
  const edges = frameJson({
    name: 'edges',
    refId,
    meta: { preferredVisualisationType: 'nodeGraph' },
    fields: [
      { name: 'id', type: 'string', values: graph.edges.map((e) => e.id) },
      { name: 'source', type: 'string', values: graph.edges.map((e) => e.source) },
      { name: 'target', type: 'string', values: graph.edges.map((e) => e.target) },
      { name: 'mainstat', type: 'string', values: graph.edges.map((e) => RELATIONS[e.kind]) },
      detail({ name: 'relation', label: 'Relation', type: 'string', values: graph.edges.map((e) => e.kind) }),
    ],
  });
  return [nodes, edges];
}
