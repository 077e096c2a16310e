import { canonicalJson } from '../../core/canonical';
import { isKind } from '../../core/schema';
import { numberColumn, SqlDialect, SqlExecutor, SqlRow, stringColumn } from '../store/sql';
import { sha256Hex } from './hash';
import { requiredTime } from './sql-time';
import { type AuditEntry } from './types';

export const GENESIS_HASH = '0'.repeat(64);

/** What a change records; seq, time and hashes are added when it is appended. */
export type AuditDraft = Pick<AuditEntry, 'actor' | 'action' | 'kind' | 'id' | 'version' | 'detail'>;

export interface ChainHead {
  seq: number;
  hash: string;
}

/** SHA-256 over the previous hash followed by the canonical JSON of the entry's own fields. */
export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, kind, id, version, detail } = entry;
  return sha256Hex(entry.prevHash + canonicalJson({ seq, at, actor, action, kind, id, version, detail }));
}

export async function readChainHead(sql: SqlExecutor, dialect?: SqlDialect): Promise<ChainHead> {
  // on PostgreSQL the row lock serialises appenders until commit; DuckDB has one writer at a time
  const lock = dialect === 'postgres' ? ' FOR UPDATE' : '';
  const rows = await sql.query(`SELECT seq, hash FROM audit_head WHERE id = 1${lock}`);
  const hash = stringColumn(rows[0], 'hash');
  if (hash === null) {
    throw new Error('the audit chain head is missing');
  }
  return { seq: numberColumn(rows[0], 'seq') ?? 0, hash };
}

/** Appends entries inside the caller's transaction, which holds the chain head locked. */
export class AuditAppender {
  private constructor(
    private readonly tx: SqlExecutor,
    private head: ChainHead
  ) {}

  static async lock(tx: SqlExecutor, dialect: SqlDialect): Promise<AuditAppender> {
    return new AuditAppender(tx, await readChainHead(tx, dialect));
  }

  async append(draft: AuditDraft, at: string): Promise<AuditEntry> {
    const unsigned = { seq: this.head.seq + 1, at, ...draft, prevHash: this.head.hash };
    const entry: AuditEntry = { ...unsigned, hash: auditHash(unsigned) };
    await this.tx.exec(
      `INSERT INTO audit_log (seq, logged_at, actor, action, kind, id, version, detail, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.seq,
        at,
        entry.actor,
        entry.action,
        entry.kind,
        entry.id,
        entry.version,
        canonicalJson(entry.detail),
        entry.prevHash,
        entry.hash,
      ]
    );
    await this.tx.exec('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [entry.seq, entry.hash]);
    this.head = { seq: entry.seq, hash: entry.hash };
    return entry;
  }
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ...value };
    }
  } catch {
    // an edited row: kept as text so that its hash no longer matches
  }
  return { unreadable: text };
}

export function auditFromRow(row: SqlRow): AuditEntry {
  const kind = stringColumn(row, 'kind');
  return {
    seq: numberColumn(row, 'seq') ?? 0,
    at: requiredTime(row, 'logged_at'),
    actor: stringColumn(row, 'actor') ?? '',
    action: stringColumn(row, 'action') ?? '',
    kind: kind !== null && isKind(kind) ? kind : null,
    id: stringColumn(row, 'id'),
    version: numberColumn(row, 'version'),
    detail: parseDetail(stringColumn(row, 'detail') ?? ''),
    prevHash: stringColumn(row, 'prev_hash') ?? '',
    hash: stringColumn(row, 'hash') ?? '',
  };
}

/** Entries before `before`, newest first, at most `limit`: the log as a reader looks at it. */
export async function readAuditNewest(sql: SqlExecutor, before: number, limit: number): Promise<AuditEntry[]> {
  const rows = await sql.query(
    `SELECT seq, logged_at, actor, action, kind, id, version, detail, prev_hash, hash FROM audit_log
     WHERE seq < $1 ORDER BY seq DESC LIMIT $2`,
    [before, limit]
  );
  return rows.map(auditFromRow);
}

/** Entries after `after` in seq order, at most `limit`, and none past `upTo` when given. */
export async function readAudit(sql: SqlExecutor, after: number, limit: number, upTo?: number): Promise<AuditEntry[]> {
  const rows = await sql.query(
    `SELECT seq, logged_at, actor, action, kind, id, version, detail, prev_hash, hash FROM audit_log
     WHERE seq > $1 AND seq <= $3 ORDER BY seq LIMIT $2`,
    [after, limit, upTo ?? Number.MAX_SAFE_INTEGER]
  );
  return rows.map(auditFromRow);
}
