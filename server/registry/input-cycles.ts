import { type ResourceDocument } from '../../core/schema';
import { findCycles, showCycle } from '../../core/validate/cycles';
import { EXPRESSION_PATH, expressionOf } from '../../core/validate/expression-rules';
import { type SqlExecutor } from '../store/sql';
import { describeResource } from './documents';
import { type PlanStep } from './plan';
import { loadEntry, type ResourceEntry } from './versions-repo';
import { RegistryError } from './types';
import { type WriteContext } from './write-context';

/** Which version of another KPI counts: its latest one not rejected (PUT) or its approved one (approve). */
type VersionPick = (entry: ResourceEntry) => ResourceDocument | undefined;

const inputsOf = (doc: ResourceDocument | undefined): string[] =>
  doc === undefined ? [] : [...new Set(Object.values(expressionOf(doc)?.inputs ?? {}))];

export const latestVersion: VersionPick = (entry) =>
  entry.versions.filter((v) => v.state !== 'rejected').pop()?.document;

export const approvedVersion: VersionPick = (entry) =>
  entry.versions.find((v) => v.version === entry.approvedVersion)?.document;

// apply's bundle, per write transaction: its KPIs are the latest (and, with approve, approved) versions
const bundles = new WeakMap<WriteContext, ReadonlyMap<string, ResourceDocument>>();

/** apply: cycles are checked against the bundle as a whole, whatever the order of its documents. */
export function noteBundle(ctx: WriteContext, steps: readonly PlanStep[]): void {
  const written = steps.filter((s) => s.entry.action === 'create' || s.entry.action === 'update');
  const kpis = written.flatMap((s) => (s.doc?.kind === 'KPI' ? [s.doc] : []));
  bundles.set(ctx, new Map(kpis.map((doc) => [doc.metadata.id, doc])));
}

/**
 * The shortest cycle of expression inputs through `doc`, with every other KPI at the version `pick` chooses
 * (retired ones have none) or as the bundle holds it; only the KPIs reachable from `doc` are read.
 */
export async function inputCycle(
  tx: SqlExecutor,
  doc: ResourceDocument,
  pick: VersionPick,
  bundle: ReadonlyMap<string, ResourceDocument> = new Map()
): Promise<string[] | undefined> {
  const start = doc.metadata.id;
  const edges = new Map<string, string[]>([[start, inputsOf(doc)]]);
  const queue = [...(edges.get(start) ?? [])];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (edges.has(id)) {
      continue;
    }
    const inBundle = bundle.get(id);
    const entry = inBundle === undefined ? await loadEntry(tx, 'KPI', id) : null;
    const next =
      inBundle !== undefined ? inputsOf(inBundle) : entry === null || entry.retired ? [] : inputsOf(pick(entry));
    edges.set(id, next);
    queue.push(...next);
  }
  return findCycles([start], (id) => edges.get(id) ?? [])[0];
}

const pathOf = (doc: ResourceDocument, to: string | undefined): string => {
  const name = Object.entries(expressionOf(doc)?.inputs ?? {}).find(([, kpi]) => kpi === to)?.[0] ?? '';
  return [...EXPRESSION_PATH, 'inputs', name].join('.');
};

/** PUT/apply: 400 when the document's inputs close a cycle with the latest versions of the KPIs it uses. */
export async function assertNoProposedCycle(ctx: WriteContext, doc: ResourceDocument): Promise<void> {
  const cycle = await inputCycle(ctx.tx, doc, latestVersion, bundles.get(ctx));
  if (cycle !== undefined) {
    const what = describeResource(doc.kind, doc.metadata.id);
    const message = `${what}: expression inputs form a cycle with the latest versions: ${showCycle(cycle)}`;
    throw new RegistryError('invalid', message, pathOf(doc, cycle[1]));
  }
}

/** Approve: 409 when the version would close a cycle among approved versions (one changed since its PUT). */
export async function assertNoApprovedCycle(ctx: WriteContext, doc: ResourceDocument): Promise<void> {
  const cycle = await inputCycle(ctx.tx, doc, approvedVersion, bundles.get(ctx));
  if (cycle !== undefined) {
    const what = describeResource(doc.kind, doc.metadata.id);
    const message = `${what}: approving it would close a cycle of expression inputs among approved versions: ${showCycle(cycle)}`;
    throw new RegistryError('conflict', message, pathOf(doc, cycle[1]));
  }
}
