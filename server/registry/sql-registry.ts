import { diffDocuments, type FieldChange } from '../../core/diff';
import { KINDS, type Kind, type ResourceDocument } from '../../core/schema';
import { applySteps } from './apply';
import { readAudit, readAuditNewest } from './audit-log';
import { verifyAuditLog } from './audit-verify';
import { approveVersion, rejectVersion } from './decide';
import { describeResource, normaliseDocument } from './documents';
import { documentHash } from './hash';
import { buildLineage, kpiNodeId, lineageOf } from './lineage';
import { requireApprovedByRight, requireOverrideRight, requireRole, requireSqlAuthor } from './permissions';
import { normaliseBundle, planBundle, planDocument } from './plan';
import { checkIfMatch, writeVersion } from './propose';
import { retireResource } from './retire';
import { selectVersion, type VersionSelector } from './select-version';
import { type ResourceEntry } from './versions-repo';
import { type RegistryDeps, type WriteContext, writeTransaction } from './write-context';
import {
  type Actor,
  type ApplyOptions,
  type ApplyResult,
  type AuditEntry,
  type AuditHead,
  type AuditVerify,
  type LineageGraph,
  type PlanEntry,
  type PutResult,
  type Registry,
  RegistryError,
  type ResourceSummary,
  type VersionRecord,
} from './types';

const byKindThenId = (a: VersionRecord, b: VersionRecord): number =>
  KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The Registry over one SqlDb; reads go through the store's read strategy (cache or read-through). */
export class SqlRegistry implements Registry {
  constructor(private readonly deps: RegistryDeps) {}

  async list(kind: Kind, opts: { includeRetired?: boolean } = {}): Promise<ResourceSummary[]> {
    const all = await this.deps.reads.summaries();
    return all.filter((s) => s.kind === kind && (opts.includeRetired || !s.retired));
  }

  async get(kind: Kind, id: string, at: VersionSelector = {}): Promise<VersionRecord> {
    return selectVersion(await this.existing(kind, id), at, this.deps.now);
  }

  async versions(kind: Kind, id: string): Promise<VersionRecord[]> {
    return (await this.existing(kind, id)).versions;
  }

  async put(
    doc: ResourceDocument,
    actor: Actor,
    opts: { message?: string; ifMatch?: number } = {}
  ): Promise<PutResult> {
    requireRole(actor, 'editor', 'putting a document');
    const normal = normaliseDocument(doc);
    const hash = documentHash(normal);
    return writeTransaction(this.deps, actor, async (ctx) => {
      const entry = await ctx.entry(normal.kind, normal.metadata.id);
      checkIfMatch(entry, normal, opts.ifMatch);
      const step = planDocument(entry, normal, hash);
      if (step.entry.action === 'unchanged' && step.baseline !== undefined) {
        return { created: false, version: step.baseline };
      }
      requireSqlAuthor(actor, normal);
      const { record } = await writeVersion(ctx, entry, { doc: normal, hash, message: opts.message ?? '' });
      return { created: true, version: record };
    });
  }

  async approve(
    kind: Kind,
    id: string,
    version: number,
    actor: Actor,
    opts: { overrideFreeze?: { reason: string }; comment?: string } = {}
  ): Promise<VersionRecord> {
    requireRole(actor, 'approver', 'approving a version');
    requireOverrideRight(actor, opts.overrideFreeze);
    return this.writeTo(kind, id, actor, (ctx, entry) => approveVersion(ctx, entry, version, opts));
  }

  async reject(
    kind: Kind,
    id: string,
    version: number,
    actor: Actor,
    opts: { reason?: string } = {}
  ): Promise<VersionRecord> {
    requireRole(actor, 'approver', 'rejecting a version');
    return this.writeTo(kind, id, actor, (ctx, entry) => rejectVersion(ctx, entry, version, opts.reason));
  }

  async retire(kind: Kind, id: string, actor: Actor, opts: { reason?: string } = {}): Promise<ResourceSummary> {
    requireRole(actor, 'approver', 'retiring a resource');
    return this.writeTo(kind, id, actor, (ctx, entry) => retireResource(ctx, entry, opts.reason));
  }

  async diff(kind: Kind, id: string, from: number, to: number): Promise<FieldChange[]> {
    const entry = await this.existing(kind, id);
    const a = selectVersion(entry, { version: from }, this.deps.now);
    const b = selectVersion(entry, { version: to }, this.deps.now);
    return diffDocuments(a.document, b.document);
  }

  async plan(docs: ResourceDocument[], opts: { prune?: boolean } = {}): Promise<PlanEntry[]> {
    const steps = await planBundle(this.deps.reads, normaliseBundle(docs), opts.prune ?? false);
    return steps.map((s) => s.entry);
  }

  async apply(docs: ResourceDocument[], actor: Actor, opts: ApplyOptions = {}): Promise<ApplyResult> {
    requireRole(actor, opts.approve ? 'approver' : 'editor', opts.approve ? 'apply --approve' : 'apply');
    if (opts.prune) {
      requireRole(actor, 'approver', 'apply --prune (it retires resources)');
    }
    requireOverrideRight(actor, opts.overrideFreeze);
    requireApprovedByRight(actor, opts);
    const bundle = normaliseBundle(docs);
    return writeTransaction(this.deps, actor, async (ctx) => {
      const steps = await planBundle(ctx, bundle, opts.prune ?? false);
      return { plan: steps.map((s) => s.entry), versions: await applySteps(ctx, steps, opts) };
    });
  }

  async export(): Promise<ResourceDocument[]> {
    return (await this.deps.reads.current()).sort(byKindThenId).map((v) => v.document);
  }

  async lineage(kpi?: string): Promise<LineageGraph> {
    const graph = buildLineage((await this.deps.reads.current()).map((v) => v.document));
    const part = kpi === undefined ? graph : lineageOf(graph, kpiNodeId(kpi));
    if (part === null) {
      throw new RegistryError('not_found', `${describeResource('KPI', kpi ?? '')} is not in the registry`);
    }
    return part;
  }

  audit(opts: { after?: number; before?: number; limit?: number; order?: 'asc' | 'desc' } = {}): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 100), 1), 1000);
    if (opts.order === 'desc') {
      return readAuditNewest(this.deps.db, opts.before ?? Number.MAX_SAFE_INTEGER, limit);
    }
    return readAudit(this.deps.db, Math.max(0, opts.after ?? 0), limit);
  }

  verifyAudit(opts: { expectHead?: AuditHead } = {}): Promise<AuditVerify> {
    return verifyAuditLog(this.deps.db, opts);
  }

  private async existing(kind: Kind, id: string): Promise<ResourceEntry> {
    const entry = await this.deps.reads.entry(kind, id);
    if (entry === null) {
      throw new RegistryError('not_found', `${describeResource(kind, id)} not found`);
    }
    return entry;
  }

  private writeTo<R>(
    kind: Kind,
    id: string,
    actor: Actor,
    fn: (ctx: WriteContext, entry: ResourceEntry) => Promise<R>
  ): Promise<R> {
    return writeTransaction(this.deps, actor, async (ctx) => {
      const entry = await ctx.entry(kind, id);
      if (entry === null) {
        throw new RegistryError('not_found', `${describeResource(kind, id)} not found`);
      }
      return fn(ctx, entry);
    });
  }
}
