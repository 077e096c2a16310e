import { isKind, type Kind } from '../../core/schema';
import { numberColumn, SqlExecutor, SqlRow, stringColumn } from '../store/sql';
import { storedDocument } from './documents';
import { requiredTime, timeColumn } from './sql-time';
import { type ResourceSummary, type VersionRecord, type VersionState } from './types';

/** One resource with all its versions, oldest first. */
export interface ResourceEntry extends ResourceSummary {
  versions: VersionRecord[];
}

const STATES: readonly VersionState[] = ['proposed', 'approved', 'rejected', 'retired'];
const VERSION_COLUMNS = `v.kind, v.id, v.version, v.parent, v.hash, v.document, v.author, v.message, v.created_at,
  v.state, v.approver, v.decided_at, v.effective_from`;

function text(row: SqlRow, column: string): string {
  const value = stringColumn(row, column);
  if (value === null) {
    throw new Error(`column ${column} is null`);
  }
  return value;
}

function kindOf(row: SqlRow): Kind {
  const kind = text(row, 'kind');
  if (!isKind(kind)) {
    throw new Error(`unknown kind in the store: ${kind}`);
  }
  return kind;
}

function versionFromRow(row: SqlRow): VersionRecord {
  const state = STATES.find((s) => s === row.state);
  if (state === undefined) {
    throw new Error(`unknown version state in the store: ${String(row.state)}`);
  }
  return {
    kind: kindOf(row),
    id: text(row, 'id'),
    version: numberColumn(row, 'version') ?? 0,
    parent: numberColumn(row, 'parent'),
    hash: text(row, 'hash'),
    document: storedDocument(text(row, 'document')),
    author: text(row, 'author'),
    message: text(row, 'message'),
    createdAt: requiredTime(row, 'created_at'),
    state,
    approver: stringColumn(row, 'approver'),
    decidedAt: timeColumn(row, 'decided_at'),
    effectiveFrom: timeColumn(row, 'effective_from'),
  };
}

function summaryFromRow(row: SqlRow): ResourceSummary {
  return {
    kind: kindOf(row),
    id: text(row, 'id'),
    latestVersion: numberColumn(row, 'latest_version') ?? 0,
    approvedVersion: numberColumn(row, 'approved_version'),
    retired: row.retired === true,
  };
}

export async function loadEntry(sql: SqlExecutor, kind: Kind, id: string): Promise<ResourceEntry | null> {
  const heads = await sql.query(
    'SELECT kind, id, latest_version, approved_version, retired FROM registry_resources WHERE kind = $1 AND id = $2',
    [kind, id]
  );
  if (heads[0] === undefined) {
    return null;
  }
  const rows = await sql.query(
    `SELECT ${VERSION_COLUMNS} FROM registry_versions v WHERE v.kind = $1 AND v.id = $2 ORDER BY v.version`,
    [kind, id]
  );
  return { ...summaryFromRow(heads[0]), versions: rows.map(versionFromRow) };
}

export async function loadSummaries(sql: SqlExecutor): Promise<ResourceSummary[]> {
  const rows = await sql.query(
    'SELECT kind, id, latest_version, approved_version, retired FROM registry_resources ORDER BY kind, id'
  );
  return rows.map(summaryFromRow);
}

/** Each resource's latest approved version, else its latest; retired resources only when asked. */
export async function loadCurrent(
  sql: SqlExecutor,
  opts: { kind?: Kind; approvedOnly?: boolean } = {}
): Promise<VersionRecord[]> {
  const version = opts.approvedOnly ? 'r.approved_version' : 'COALESCE(r.approved_version, r.latest_version)';
  const rows = await sql.query(
    `SELECT ${VERSION_COLUMNS} FROM registry_versions v
     JOIN registry_resources r ON r.kind = v.kind AND r.id = v.id AND v.version = ${version}
     WHERE NOT r.retired ${opts.kind === undefined ? '' : 'AND v.kind = $1'}
     ORDER BY v.kind, v.id`,
    opts.kind === undefined ? [] : [opts.kind]
  );
  return rows.map(versionFromRow);
}
