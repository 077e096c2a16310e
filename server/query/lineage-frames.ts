import { type LineageGraph } from '../registry/types';
import { frameJson, type FrameJson } from './frame';

const NODE_COLORS: Record<LineageGraph['nodes'][number]['kind'], string> = {
  kpi: 'blue',
  'source-column': 'purple',
  objective: 'green',
  scorecard: 'orange',
  'journey-stage': 'yellow',
};

/** Nodes and edges frames with the field names Grafana's Node Graph panel reads. */
export function lineageFrames(graph: LineageGraph, refId: string): FrameJson[] {
  const nodes = frameJson({
    name: 'nodes',
    refId,
    meta: { preferredVisualisationType: 'nodeGraph' },
    fields: [
      { name: 'id', type: 'string', values: graph.nodes.map((n) => n.id) },
      { name: 'title', type: 'string', values: graph.nodes.map((n) => n.title) },
      { name: 'subtitle', type: 'string', values: graph.nodes.map((n) => n.kind) },
      { name: 'mainstat', type: 'string', values: graph.nodes.map((n) => n.kind) },
      { name: 'color', type: 'string', values: graph.nodes.map((n) => NODE_COLORS[n.kind]) },
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
      { name: 'mainstat', type: 'string', values: graph.edges.map((e) => e.kind) },
    ],
  });
  return [nodes, edges];
}
