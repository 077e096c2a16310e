import { type FieldChange } from '../../core/diff';
import { type Kind, type ResourceDocument } from '../../core/schema';
import { type PerspectiveShares } from '../../core/validate';

export type { FieldChange };

export type VersionState = 'proposed' | 'approved' | 'rejected' | 'retired';

/** Who acts: the token's person or service, the user Grafana's proxy token names, or the local CLI user. */
export interface Actor {
  name: string;
  role: 'viewer' | 'editor' | 'approver' | 'admin';
  /** The credential the identity came from; `local`: the CLI on a store it opened (absent counts as a person). */
  credential?: 'person' | 'service' | 'grafana' | 'local';
}

export interface VersionRecord {
  kind: Kind;
  id: string;
  version: number;
  parent: number | null;
  /** SHA-256 (hex) of the canonical JSON of the document. */
  hash: string;
  document: ResourceDocument;
  author: string;
  message: string;
  createdAt: string;
  state: VersionState;
  approver: string | null;
  decidedAt: string | null;
  /** When the version is (or will be) in force; null until approved. */
  effectiveFrom: string | null;
}

export interface ResourceSummary {
  kind: Kind;
  id: string;
  latestVersion: number;
  /** Latest approved, not retired version, if any. */
  approvedVersion: number | null;
  retired: boolean;
}

export interface PutResult {
  created: boolean;
  version: VersionRecord;
}

export interface PlanEntry {
  kind: Kind;
  id: string;
  action: 'create' | 'update' | 'unchanged' | 'retire';
  fromVersion: number | null;
  changes: FieldChange[];
  /** A scorecard created or updated: the shares its weights are read as, level by level. */
  shares?: PerspectiveShares[];
}

export interface ApplyOptions {
  message?: string;
  /** GitOps: the merged pull request is the review; records the actor (or approvedBy) as approver. */
  approve?: boolean;
  /** With approve, from a service (or the local CLI): the reviewer of the merged change, recorded and audited. */
  approvedBy?: string;
  /** Retire resources of the kinds in the bundle that the bundle no longer holds. */
  prune?: boolean;
  /** Admin only: make versions effective despite a freeze window; audited. */
  overrideFreeze?: { reason: string };
}

export interface ApplyResult {
  plan: PlanEntry[];
  versions: VersionRecord[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  kind: Kind | null;
  id: string | null;
  version: number | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The first entry that fails verification, or only the seq of a missing one at the end of the log. */
export type BrokenAuditEntry = (AuditEntry & { reason: string }) | { seq: number; reason: string };

/** The chain head: how many entries the log holds and the hash of the last one (`<entries>:<hash>` as text). */
export interface AuditHead {
  entries: number;
  hash: string;
}

/** A stored version whose document no longer matches its SHA-256, or whose hash is not the one logged. */
export interface TamperedVersion {
  kind: string;
  id: string;
  version: number;
  reason: string;
}

/** The head kept outside the store, compared with the log: fewer entries or another hash at that count. */
export interface HeadMismatch {
  expected: AuditHead;
  reason: string;
}

/** `versions` counts the stored versions checked; a failure names each problem found. */
export type AuditVerify =
  | { ok: true; entries: number; versions: number; head: AuditHead }
  | {
      ok: false;
      entries: number;
      versions: number;
      /** Present when the chain itself verifies. */
      head?: AuditHead;
      firstBroken?: BrokenAuditEntry;
      tamperedVersions?: TamperedVersion[];
      headMismatch?: HeadMismatch;
    };

export interface LineageGraph {
  nodes: Array<{
    id: string;
    kind: 'kpi' | 'source-column' | 'objective' | 'scorecard' | 'journey-stage';
    title: string;
  }>;
  edges: Array<{ id: string; source: string; target: string; kind: 'input' | 'measured-by' | 'part-of' }>;
}

/** Errors the HTTP layer maps to status codes: not_found 404, conflict 409, forbidden 403, frozen 423, invalid 400. */
export class RegistryError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'forbidden' | 'frozen' | 'invalid',
    message: string,
    readonly path?: string
  ) {
    super(message);
  }
}

/** The KPI registry: versions, governance and audit over one Store (DuckDB or PostgreSQL). */
export interface Registry {
  list(kind: Kind, opts?: { includeRetired?: boolean }): Promise<ResourceSummary[]>;
  /** Latest version, or the one in force at `asOf` (approved and effective), or version n. */
  get(kind: Kind, id: string, at?: { version?: number; asOf?: string; effective?: boolean }): Promise<VersionRecord>;
  versions(kind: Kind, id: string): Promise<VersionRecord[]>;
  /** ifMatch = the latest version the writer read; stale → RegistryError conflict. */
  put(doc: ResourceDocument, actor: Actor, opts?: { message?: string; ifMatch?: number }): Promise<PutResult>;
  approve(
    kind: Kind,
    id: string,
    version: number,
    actor: Actor,
    /** comment: the approver's words, kept in the audit entry. */
    opts?: { overrideFreeze?: { reason: string }; comment?: string }
  ): Promise<VersionRecord>;
  reject(kind: Kind, id: string, version: number, actor: Actor, opts?: { reason?: string }): Promise<VersionRecord>;
  retire(kind: Kind, id: string, actor: Actor, opts?: { reason?: string }): Promise<ResourceSummary>;
  diff(kind: Kind, id: string, from: number, to: number): Promise<FieldChange[]>;
  plan(docs: ResourceDocument[], opts?: { prune?: boolean }): Promise<PlanEntry[]>;
  /** One transaction: all versions land or none. */
  apply(docs: ResourceDocument[], actor: Actor, opts?: ApplyOptions): Promise<ApplyResult>;
  /** Every current resource's latest approved (else latest) document, for `scorecard export`. */
  export(): Promise<ResourceDocument[]>;
  lineage(kpi?: string): Promise<LineageGraph>;
  /** Oldest first after `after`; with `order: 'desc'`, newest first before `before` (default: from the newest). */
  audit(opts?: { after?: number; before?: number; limit?: number; order?: 'asc' | 'desc' }): Promise<AuditEntry[]>;
  /** Checks the hash chain and every version's hash; with expectHead, that the log still reaches that head. */
  verifyAudit(opts?: { expectHead?: AuditHead }): Promise<AuditVerify>;
}
