import { type LineageGraph } from '../registry/types';
import { type KpiFacts, resourceIdOf } from './lineage-kpis';

type Node = LineageGraph['nodes'][number];

const KINDS: Record<Node['kind'], { label: string; color: string }> = {
  kpi: { label: 'KPI', color: '#5794F2' },
  'source-column': { label: 'source column', color: '#B877D9' },
  objective: { label: 'objective', color: '#73BF69' },
  scorecard: { label: 'scorecard', color: '#FF9830' },
  'journey-stage': { label: 'journey stage', color: '#FADE2A' },
};
// Grafana's palette (the Node Graph takes colour strings as CSS); red marks a KPI the registry lacks
const MISSING_COLOR = '#F2495C';
const RETIRED_COLOR = '#8E8E8E';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

interface Links {
  out: ReadonlyMap<string, number>;
  in: ReadonlyMap<string, number>;
}

function countLinks(graph: LineageGraph): Links {
  const out = new Map<string, number>();
  const into = new Map<string, number>();
  for (const e of graph.edges) {
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    into.set(e.target, (into.get(e.target) ?? 0) + 1);
  }
  return { out, in: into };
}

/** What the node links to, for nodes that have no version to show: objectives and KPIs point into what holds them. */
function linkCount(links: Links, node: Node): string | null {
  const into = links.in.get(node.id) ?? 0;
  switch (node.kind) {
    case 'scorecard':
      return plural(into, 'objective', 'objectives');
    case 'objective':
    case 'journey-stage':
      return plural(into, 'KPI', 'KPIs');
    case 'source-column':
      return `read by ${plural(links.out.get(node.id) ?? 0, 'KPI', 'KPIs')}`;
    case 'kpi':
      return null;
  }
}

export interface NodeRow {
  node: Node;
  subtitle: string;
  mainstat: string | null;
  secondarystat: string | null;
  color: string;
  /** Registry facts of a KPI node whose KPI the registry has. */
  kpi: Extract<KpiFacts, { known: true }> | null;
}

function nodeRow(node: Node, links: Links, kpis: ReadonlyMap<string, KpiFacts>): Omit<NodeRow, 'node'> {
  const kind = KINDS[node.kind];
  if (node.kind !== 'kpi') {
    return {
      subtitle: kind.label,
      mainstat: linkCount(links, node),
      secondarystat: null,
      color: kind.color,
      kpi: null,
    };
  }
  const facts = kpis.get(resourceIdOf(node)) ?? { known: false };
  if (!facts.known) {
    return { subtitle: 'KPI (not in registry)', mainstat: null, secondarystat: null, color: MISSING_COLOR, kpi: null };
  }
  return {
    subtitle: facts.retired ? 'KPI (retired)' : kind.label,
    mainstat: `v${facts.version}`,
    secondarystat: facts.state,
    color: facts.retired ? RETIRED_COLOR : kind.color,
    kpi: facts,
  };
}

/** One row per node of `graph`: what the Node Graph shows on it, and the registry facts of KPI nodes. */
export function nodeRows(graph: LineageGraph, kpis: ReadonlyMap<string, KpiFacts>, whole = graph): NodeRow[] {
  // Counted in the whole registry: an objective in a cut-out lineage still holds all its KPIs.
  const links = countLinks(whole);
  return graph.nodes.map((node) => ({ node, ...nodeRow(node, links, kpis) }));
}
