import { ResourceDocument } from '../schema';
import { BundleIndex } from './bundle-index';
import { findCycles, showCycle } from './cycles';
import { EXPRESSION_PATH, expressionOf, expressionProblems } from './expression-rules';
import { conversionProblems, journeyColumnProblems } from './journey-rules';
import { KnownResource, Path, Problem } from './problem';
import { referenceProblems } from './reference-rules';
import { rateProblems } from './rate-rules';
import { sqlProblems } from './sql-rules';
import { weightProblems } from './weight-rules';

function duplicates(docs: ResourceDocument[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  docs.forEach((doc, i) => {
    const key = `${doc.kind}/${doc.metadata.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    const path = ['metadata', 'id'];
    problems.push({
      doc: i,
      path,
      message: `duplicate ${doc.kind} "${doc.metadata.id}"`,
      related: { doc: earlier, path },
    });
  });
  return problems;
}

interface Edge {
  to: string;
  path: Path;
}

/** Cycles along `edges` between documents; each reported once, at the edge leaving its first document. */
function cycleProblems(docs: ResourceDocument[], edges: (doc: ResourceDocument) => Edge[], what: string): Problem[] {
  const byId = new Map<string, { doc: number; edges: Edge[] }>();
  docs.forEach((doc, i) => {
    const out = edges(doc);
    if (out.length > 0 && !byId.has(doc.metadata.id)) {
      byId.set(doc.metadata.id, { doc: i, edges: out });
    }
  });
  const next = (id: string) => byId.get(id)?.edges.map((e) => e.to) ?? [];
  return findCycles([...byId.keys()], next).flatMap((cycle) => {
    const [from, to] = cycle;
    const node = from === undefined ? undefined : byId.get(from);
    const edge = node?.edges.find((e) => e.to === to);
    return node === undefined || edge === undefined
      ? []
      : [{ doc: node.doc, path: edge.path, message: `${what}: ${showCycle(cycle)}` }];
  });
}

const inputEdges = (doc: ResourceDocument): Edge[] =>
  Object.entries(expressionOf(doc)?.inputs ?? {}).map(([name, to]) => ({
    to,
    path: [...EXPRESSION_PATH, 'inputs', name],
  }));

const parentEdges = (doc: ResourceDocument): Edge[] =>
  doc.kind === 'Scorecard' && doc.spec.parent !== undefined ? [{ to: doc.spec.parent, path: ['spec', 'parent'] }] : [];

/**
 * Problems across a bundle that the per-document schemas cannot see: duplicate ids, references to resources
 * that are neither in the bundle nor `known`, expressions that do not parse or disagree with their inputs,
 * cycles among expression inputs and among scorecard parents, scorecard weights (warnings when siblings do
 * not sum to 1, errors when they are all 0), and ratios whose numerator is not a subset of their denominator
 * (warnings), conversion KPIs whose stages are not those of their journey or not in its order, and journey
 * filters naming columns that are not canonical.
 */
export function checkBundle(docs: ResourceDocument[], known: KnownResource[] = []): Problem[] {
  const index = new BundleIndex(docs, known);
  const perDocument = docs.flatMap((doc, i) =>
    [
      ...referenceProblems(doc, index),
      ...conversionProblems(doc, index),
      ...journeyColumnProblems(doc),
      ...expressionProblems(doc, index),
      ...weightProblems(doc),
      ...rateProblems(doc),
      ...sqlProblems(doc),
    ].map((p) => ({
      doc: i,
      ...p,
    }))
  );
  return [
    ...duplicates(docs),
    ...perDocument,
    ...cycleProblems(docs, inputEdges, 'expression inputs form a cycle'),
    ...cycleProblems(docs, parentEdges, 'scorecard parents form a cycle'),
  ];
}
