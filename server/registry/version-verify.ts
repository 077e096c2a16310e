import { canonicalJson } from '../../core/canonical';
import { numberColumn, SqlExecutor, SqlRow, stringColumn } from '../store/sql';
import { sha256Hex } from './hash';
import { type AuditEntry, type TamperedVersion } from './types';

const PAGE = 500;

/** One stored version's identity and hash, to compare with the hash its audit entry recorded. */
export interface StoredHash {
  kind: string;
  id: string;
  version: number;
  hash: string;
}

const versionKey = (kind: string | null, id: string | null, version: number | null): string =>
  `${kind ?? ''}/${id ?? ''}/${version ?? ''}`;

function documentProblem(text: string, hash: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'its document is not valid JSON: it was edited';
  }
  const actual = sha256Hex(canonicalJson(parsed));
  return actual === hash ? null : `its document hashes to ${actual}, not its SHA-256 ${hash}: it was edited`;
}

function storedHash(row: SqlRow): StoredHash {
  return {
    kind: stringColumn(row, 'kind') ?? '',
    id: stringColumn(row, 'id') ?? '',
    version: numberColumn(row, 'version') ?? 0,
    hash: stringColumn(row, 'hash') ?? '',
  };
}

/** Every stored version's hash, and the versions whose document no longer matches it. */
export async function checkVersionDocuments(
  sql: SqlExecutor
): Promise<{ hashes: StoredHash[]; tampered: TamperedVersion[] }> {
  const hashes: StoredHash[] = [];
  const tampered: TamperedVersion[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await sql.query(
      'SELECT kind, id, version, hash, document FROM registry_versions ORDER BY kind, id, version LIMIT $1 OFFSET $2',
      [PAGE, offset]
    );
    for (const row of rows) {
      const stored = storedHash(row);
      hashes.push(stored);
      const reason = documentProblem(stringColumn(row, 'document') ?? '', stored.hash);
      if (reason !== null) {
        tampered.push({ kind: stored.kind, id: stored.id, version: stored.version, reason });
      }
    }
    if (rows.length < PAGE) {
      return { hashes, tampered };
    }
  }
}

/** The hash each version had when written, as its create, update or revive entry recorded it. */
export class LoggedHashes {
  private readonly logged = new Map<string, { seq: number; hash: unknown }>();

  add(entry: AuditEntry): void {
    if (entry.action === 'create' || entry.action === 'update' || entry.action === 'revive') {
      this.logged.set(versionKey(entry.kind, entry.id, entry.version), { seq: entry.seq, hash: entry.detail.hash });
    }
  }

  /** Versions whose hash is not the one logged when they were written (document and hash rewritten together). */
  mismatches(hashes: readonly StoredHash[]): TamperedVersion[] {
    return hashes.flatMap((v) => {
      const logged = this.logged.get(versionKey(v.kind, v.id, v.version));
      const reason =
        logged === undefined
          ? 'no audit entry records its creation'
          : logged.hash === v.hash
            ? null
            : `its hash ${v.hash} is not the ${String(logged.hash)} audit entry ${logged.seq} recorded: it was rewritten`;
      return reason === null ? [] : [{ kind: v.kind, id: v.id, version: v.version, reason }];
    });
  }
}
