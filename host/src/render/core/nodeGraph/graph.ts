// Node Graph input as Grafana's Node Graph panel reads it: which frames, which fields (lower-cased names), and its errors.
import {
  type DataFrame,
  type Field,
  FieldCache,
  type FieldConfig,
  NodeGraphDataFrameFieldNames as Names,
} from '@grafana/data';

export interface GraphNode {
  id: string;
  title: string;
  subTitle: string;
  mainStat: string;
  secondaryStat: string;
  incoming: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  mainStat: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** getNodeGraphDataFrames: preferred visualisation nodeGraph, frames or refIds named nodes/edges, or an "id" field. */
export function nodeGraphFrames(frames: DataFrame[]): DataFrame[] {
  return frames.filter(
    (f) =>
      f.meta?.preferredVisualisationType === 'nodeGraph' ||
      ['nodes', 'edges'].includes(f.name ?? '') ||
      ['nodes', 'edges'].includes(f.refId ?? '') ||
      new FieldCache(f).getFieldByName(Names.id) !== undefined
  );
}

/** getGraphFrame: a frame named edges or with a "source" field holds edges, any other holds nodes. */
export function splitFrames(frames: DataFrame[]): { nodes: DataFrame[]; edges: DataFrame[] } {
  const isEdges = (f: DataFrame) => f.name === 'edges' || f.fields.some((field) => field.name === 'source');
  return { nodes: frames.filter((f) => !isEdges(f)), edges: frames.filter(isEdges) };
}

function fieldsByLowerName(frame: DataFrame) {
  const map = new Map<string, Field>();
  for (const field of frame.fields) {
    const name = field.name.toLowerCase();
    if (!map.has(name)) {
      map.set(name, field);
    }
  }
  return (name: string) => map.get(name.toLowerCase());
}

/** Grafana's statToString: strings as they are, numbers with the field's decimals (default 2) and unit. */
export function statToString(config: FieldConfig, value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return '';
  }
  return value.toFixed(config.decimals || 2) + (config.unit ? ` ${config.unit}` : '');
}

const text = (field: Field | undefined, row: number) => {
  const v: unknown = field?.values[row];
  return v === null || v === undefined || v === '' ? '' : String(v);
};
const stat = (field: Field | undefined, row: number) => (field ? statToString(field.config, field.values[row]) : '');

function edgesOf(frame: DataFrame): GraphEdge[] {
  const get = fieldsByLowerName(frame);
  const id = get(Names.id);
  if (!id) {
    throw new Error('id field is required for edges data frame.');
  }
  const [source, target, mainStat] = [get(Names.source), get(Names.target), get(Names.mainStat)];
  return id.values.map((value: unknown, row: number) => ({
    id: String(value),
    source: text(source, row),
    target: text(target, row),
    mainStat: stat(mainStat, row),
  }));
}

function nodesOf(frame: DataFrame): GraphNode[] {
  const get = fieldsByLowerName(frame);
  const id = get(Names.id);
  if (!id) {
    throw new Error('id field is required for nodes data frame.');
  }
  const [title, subTitle, mainStat, secondaryStat] = [
    Names.title,
    Names.subTitle,
    Names.mainStat,
    Names.secondaryStat,
  ].map(get);
  return id.values.map((value: unknown, row: number) => ({
    id: String(value),
    title: text(title, row),
    subTitle: text(subTitle, row),
    mainStat: stat(mainStat, row),
    secondaryStat: stat(secondaryStat, row),
    incoming: 0,
  }));
}

// Without a nodes frame Grafana makes one node per edge end, titled with its id.
function nodesFromEdges(edges: GraphEdge[]): GraphNode[] {
  const ids = [...new Set(edges.flatMap((e) => [e.target, e.source]))];
  return ids.map((id) => ({ id, title: id, subTitle: '', mainStat: '', secondaryStat: '', incoming: 0 }));
}

/** processNodes on the first nodes and edges frames; an edge to an unknown node fails (Grafana would crash). */
export function processGraph(nodesFrame: DataFrame | undefined, edgesFrame: DataFrame | undefined): Graph {
  const edges = edgesFrame ? edgesOf(edgesFrame) : [];
  const nodes = nodesFrame ? nodesOf(nodesFrame) : nodesFromEdges(edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      if (!byId.has(end)) {
        throw new Error(`edge "${edge.id}" points at node id "${end}", which is not in the nodes data frame.`);
      }
    }
    const target = byId.get(edge.target);
    if (target) {
      target.incoming++;
    }
  }
  return { nodes, edges };
}

export function graphFromFrames(frames: DataFrame[]): Graph {
  const { nodes, edges } = splitFrames(nodeGraphFrames(frames));
  return processGraph(nodes[0], edges[0]);
}
