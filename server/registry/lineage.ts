import { type KpiDocument, type ResourceDocument } from '../../core/schema';
import { type LineageGraph } from './types';

type Node = LineageGraph['nodes'][number];
type Edge = LineageGraph['edges'][number];

export const kpiNodeId = (id: string): string => `kpi:${id}`;

class GraphBuilder {
  private readonly nodes = new Map<string, Node>();
  private readonly edges = new Map<string, Edge>();

  /** `own`: the node's own document, whose title wins over a mere reference. */
  node(node: Node, own = true): string {
    if (own || !this.nodes.has(node.id)) {
      this.nodes.set(node.id, node);
    }
    return node.id;
  }

  /** A KPI referenced by id; titled by its id until its own document names it. */
  kpi(id: string): string {
    return this.node({ id: kpiNodeId(id), kind: 'kpi', title: id }, false);
  }

  edge(source: string, target: string, kind: Edge['kind']): void {
    const id = `${source}->${target}`;
    this.edges.set(id, { id, source, target, kind });
  }

  build(): LineageGraph {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { nodes: [...this.nodes.values()].sort(byId), edges: [...this.edges.values()].sort(byId) };
  }
}

function measuredColumns(kpi: KpiDocument): { source: string; columns: string[] } | null {
  const calc = kpi.spec.calculation;
  if (!('measure' in calc)) {
    return null;
  }
  const m = calc.measure;
  if (m.aggregate === 'conversion') {
    return null;
  }
  const filters = [m.filter, m.numerator, m.denominator].flatMap((f) => Object.keys(f ?? {}));
  return { source: m.source, columns: [...new Set([...(m.field === undefined ? [] : [m.field]), ...filters])] };
}

function addKpi(g: GraphBuilder, kpi: KpiDocument): void {
  const self = g.node({ id: kpiNodeId(kpi.metadata.id), kind: 'kpi', title: kpi.spec.name });
  const calc = kpi.spec.calculation;
  if ('expression' in calc) {
    Object.values(calc.expression.inputs).forEach((input) => g.edge(g.kpi(input), self, 'input'));
  }
  const measured = measuredColumns(kpi);
  for (const column of measured?.columns ?? []) {
    const name = `${measured?.source}.${column}`;
    g.edge(g.node({ id: `source-column:${name}`, kind: 'source-column', title: name }), self, 'measured-by');
  }
}

function addDocument(g: GraphBuilder, doc: ResourceDocument): void {
  if (doc.kind === 'KPI') {
    addKpi(g, doc);
  } else if (doc.kind === 'Scorecard') {
    const card = g.node({ id: `scorecard:${doc.metadata.id}`, kind: 'scorecard', title: doc.spec.name });
    for (const objective of doc.spec.perspectives.flatMap((p) => p.objectives)) {
      const id = `objective:${doc.metadata.id}/${objective.id}`;
      g.edge(g.node({ id, kind: 'objective', title: objective.name }), card, 'part-of');
      objective.kpis.forEach(({ kpi }) => g.edge(g.kpi(kpi), id, 'part-of'));
    }
  } else if (doc.kind === 'Journey') {
    for (const stage of doc.spec.stages) {
      const id = g.node({
        id: `journey-stage:${doc.metadata.id}/${stage.id}`,
        kind: 'journey-stage',
        title: `${doc.spec.name}: ${stage.name}`,
      });
      stage.kpis.forEach((kpi) => g.edge(g.kpi(kpi), id, 'part-of'));
    }
  }
}

/**
 * Edges point the way data flows, from an input to what is built from it: source column → KPI, KPI → the
 * expression KPI using it, KPI → objective → scorecard, KPI → journey stage.
 */
export function buildLineage(docs: readonly ResourceDocument[]): LineageGraph {
  const g = new GraphBuilder();
  docs.forEach((doc) => addDocument(g, doc));
  return g.build();
}

/** Nodes reached from `start` along the links `next` gives, `start` included. */
function reach(start: string, next: ReadonlyMap<string, string[]>): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const n of next.get(node) ?? []) {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  return reached;
}

function adjacency(edges: LineageGraph['edges'], forward: boolean): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = forward ? [e.source, e.target] : [e.target, e.source];
    links.set(from, [...(links.get(from) ?? []), to]);
  }
  return links;
}

/**
 * The lineage of one node: what it is built from (inputs, source columns, transitively) and what is built on it
 * (expressions, objectives, scorecards, journey stages), without siblings reached only through a shared user.
 * Null when the node is absent.
 */
export function lineageOf(graph: LineageGraph, nodeId: string): LineageGraph | null {
  if (!graph.nodes.some((n) => n.id === nodeId)) {
    return null;
  }
  const downstream = reach(nodeId, adjacency(graph.edges, true));
  const upstream = reach(nodeId, adjacency(graph.edges, false));
  const kept = new Set([...upstream, ...downstream]);
  return {
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
