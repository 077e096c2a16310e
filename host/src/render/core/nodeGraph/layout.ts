// Columns by depth: roots (no incoming edge) in column 0, each edge's target one column right of its source.
import type { Graph, GraphNode } from './graph';

export interface PlacedNode extends GraphNode {
  column: number;
  row: number;
}

/** Breadth-first depth from the roots; nodes only in cycles start a column 0 of their own. */
export function depths(graph: Graph): Map<string, number> {
  const depth = new Map<string, number>();
  const next = (id: string) => graph.edges.filter((e) => e.source === id).map((e) => e.target);
  const walk = (starts: string[]) => {
    const queue = starts.filter((id) => !depth.has(id));
    queue.forEach((id) => depth.set(id, 0));
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] ?? '';
      for (const target of next(id)) {
        if (!depth.has(target)) {
          depth.set(target, (depth.get(id) ?? 0) + 1);
          queue.push(target);
        }
      }
    }
  };
  walk(graph.nodes.filter((n) => n.incoming === 0).map((n) => n.id));
  for (const node of graph.nodes) {
    walk([node.id]);
  }
  return depth;
}

export function placeNodes(graph: Graph): PlacedNode[] {
  const depth = depths(graph);
  const rows = new Map<number, number>();
  return graph.nodes.map((node) => {
    const column = depth.get(node.id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return { ...node, column, row };
  });
}
