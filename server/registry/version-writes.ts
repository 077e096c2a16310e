import { SqlExecutor } from '../store/sql';
import { canonicalJson } from '../../core/canonical';
import { type ResourceSummary, type VersionRecord } from './types';

export async function insertVersion(tx: SqlExecutor, v: VersionRecord): Promise<void> {
  await tx.exec(
    `INSERT INTO registry_versions (kind, id, version, parent, hash, document, author, message, created_at, state,
       approver, decided_at, effective_from)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      v.kind,
      v.id,
      v.version,
      v.parent,
      v.hash,
      canonicalJson(v.document),
      v.author,
      v.message,
      v.createdAt,
      v.state,
      v.approver,
      v.decidedAt,
      v.effectiveFrom,
    ]
  );
}

/** Writes a version's decision (state, approver, time, effective time). */
export async function updateDecision(tx: SqlExecutor, v: VersionRecord): Promise<void> {
  await tx.exec(
    `UPDATE registry_versions SET state = $4, approver = $5, decided_at = $6, effective_from = $7
     WHERE kind = $1 AND id = $2 AND version = $3`,
    [v.kind, v.id, v.version, v.state, v.approver, v.decidedAt, v.effectiveFrom]
  );
}

export async function saveResource(
  tx: SqlExecutor,
  head: ResourceSummary,
  opts: { exists: boolean; at: string }
): Promise<void> {
  const params = [head.kind, head.id, head.latestVersion, head.approvedVersion, head.retired, opts.at];
  if (opts.exists) {
    await tx.exec(
      `UPDATE registry_resources SET latest_version = $3, approved_version = $4, retired = $5, updated_at = $6
       WHERE kind = $1 AND id = $2`,
      params
    );
  } else {
    await tx.exec(
      `INSERT INTO registry_resources (kind, id, latest_version, approved_version, retired, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      params
    );
  }
}
