import { type FreezeWindowDocument, type Kind } from '../../core/schema';
import { errorCode, errorMessage } from '../error-message';
import { SqlDb, SqlExecutor } from '../store/sql';
import { AuditAppender, type AuditDraft } from './audit-log';
import { type RegistryReads } from './cache';
import { resourceKey } from './documents';
import { freezeWindows, localWindow } from './freeze';
import { loadCurrent, loadEntry, loadSummaries, type ResourceEntry } from './versions-repo';
import { type Actor, type AuditEntry, RegistryError, type ResourceSummary } from './types';

export interface RegistryDeps {
  db: SqlDb;
  reads: RegistryReads;
  now: () => Date;
  /** The organisation's zone: a date without a time (effectiveFrom, freeze windows) is its local midnight. */
  timeZone: string;
}

/** One write transaction: reads go to the transaction, and audit entries join it. */
export class WriteContext {
  private windowList: FreezeWindowDocument[] | null = null;

  constructor(
    readonly tx: SqlExecutor,
    readonly actor: Actor,
    /** The time of every change in this transaction. */
    readonly at: string,
    private readonly appender: AuditAppender,
    private readonly touched: Set<string>,
    readonly timeZone: string
  ) {}

  entry(kind: Kind, id: string): Promise<ResourceEntry | null> {
    this.touched.add(resourceKey(kind, id));
    return loadEntry(this.tx, kind, id);
  }

  summaries(): Promise<ResourceSummary[]> {
    return loadSummaries(this.tx);
  }

  record(draft: Omit<AuditDraft, 'actor'>): Promise<AuditEntry> {
    return this.appender.append({ ...draft, actor: this.actor.name }, this.at);
  }

  /** Freeze windows in force within this transaction (approved, not retired). */
  async windows(): Promise<FreezeWindowDocument[]> {
    if (this.windowList === null) {
      const current = await loadCurrent(this.tx, { kind: 'FreezeWindow', approvedOnly: true });
      this.windowList = freezeWindows(current).map((w) => localWindow(w, this.timeZone));
    }
    return this.windowList;
  }

  /** A freeze window was approved or retired in this transaction. */
  windowsChanged(): void {
    this.windowList = null;
  }
}

const DUPLICATE = /duplicate key|violates (primary key|unique) constraint/i;

function asRegistryError(err: unknown): unknown {
  if (err instanceof RegistryError) {
    return err;
  }
  if (errorCode(err) === '23505' || DUPLICATE.test(errorMessage(err))) {
    return new RegistryError('conflict', 'another writer created the same version at the same time: read it again');
  }
  return err;
}

/** Runs `fn` in one transaction holding the audit chain head; the cache forgets what it touched. */
export async function writeTransaction<T>(
  deps: RegistryDeps,
  actor: Actor,
  fn: (ctx: WriteContext) => Promise<T>
): Promise<T> {
  const touched = new Set<string>();
  try {
    return await deps.db.transaction(async (tx) => {
      const appender = await AuditAppender.lock(tx, deps.db.dialect);
      return fn(new WriteContext(tx, actor, deps.now().toISOString(), appender, touched, deps.timeZone));
    });
  } catch (err) {
    throw asRegistryError(err);
  } finally {
    deps.reads.invalidate(touched);
  }
}
