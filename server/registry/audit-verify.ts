import { SqlExecutor } from '../store/sql';
import { auditHash, GENESIS_HASH, readAudit, readChainHead } from './audit-log';
import { checkVersionDocuments, LoggedHashes } from './version-verify';
import {
  type AuditEntry,
  type AuditHead,
  type AuditVerify,
  type BrokenAuditEntry,
  type HeadMismatch,
  type TamperedVersion,
} from './types';

const PAGE = 1000;

function missing(from: number, to: number): string {
  return from === to ? `entry ${from} is missing` : `entries ${from}..${to} are missing`;
}

/** Why `entry` breaks the chain, given the seq and hash the entry before it leads to expect. */
function brokenReason(entry: AuditEntry, expectedSeq: number, prevHash: string): string | null {
  if (entry.seq !== expectedSeq) {
    return `${missing(expectedSeq, entry.seq - 1)} (deleted): the chain jumps from ${expectedSeq - 1} to ${entry.seq}`;
  }
  if (entry.prevHash !== prevHash) {
    return expectedSeq === 1
      ? 'prev_hash of the first entry is not the genesis hash'
      : `prev_hash does not match the hash of entry ${expectedSeq - 1} (that entry was edited or replaced)`;
  }
  if (auditHash(entry) !== entry.hash) {
    return 'the hash does not match the entry: it was edited';
  }
  return null;
}

interface ChainWalk {
  entries: number;
  head: AuditHead;
  firstBroken?: BrokenAuditEntry;
  /** The hash after `hashAt.entries` entries, when the walk got that far. */
  hashAt?: string;
}

/** Recomputes the chain up to the head recorded at the start; stops at the first broken entry. */
async function walkChain(sql: SqlExecutor, logged: LoggedHashes, hashAtEntries: number): Promise<ChainWalk> {
  const recorded = await readChainHead(sql);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let hashAt = hashAtEntries === 0 ? GENESIS_HASH : undefined;
  const head = (): AuditHead => ({ entries: expectedSeq - 1, hash: prevHash });
  for (;;) {
    const page = await readAudit(sql, expectedSeq - 1, PAGE, recorded.seq);
    for (const entry of page) {
      entries++;
      const reason = brokenReason(entry, expectedSeq, prevHash);
      if (reason !== null) {
        return { entries, head: head(), firstBroken: { ...entry, reason } };
      }
      logged.add(entry);
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
      hashAt = entry.seq === hashAtEntries ? entry.hash : hashAt;
    }
    if (page.length < PAGE) {
      break;
    }
  }
  if (expectedSeq <= recorded.seq) {
    const reason = `${missing(expectedSeq, recorded.seq)} (deleted at the end of the log)`;
    return { entries, head: head(), firstBroken: { seq: expectedSeq, reason } };
  }
  if (recorded.seq > 0 && recorded.hash !== prevHash) {
    const reason = `the chain head's hash does not match entry ${recorded.seq}`;
    return { entries, head: head(), firstBroken: { seq: recorded.seq, reason } };
  }
  return { entries, head: head(), ...(hashAt === undefined ? {} : { hashAt }) };
}

const byVersion = (a: TamperedVersion, b: TamperedVersion): number =>
  a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id) || a.version - b.version;

/** Whether the log still reaches a head kept outside the store: as many entries, the same hash at that count. */
function headMismatch(expected: AuditHead, chain: ChainWalk): HeadMismatch | null {
  const { entries } = chain.head;
  if (expected.entries > entries) {
    const gone =
      expected.entries === entries + 1
        ? `entry ${expected.entries} was`
        : `entries ${entries + 1}..${expected.entries} were`;
    return {
      expected,
      reason: `the log holds ${entries} entries, fewer than the ${expected.entries} expected: ${gone} deleted from its end`,
    };
  }
  if (chain.hashAt !== expected.hash) {
    return {
      expected,
      reason: `the hash after entry ${expected.entries} is ${chain.hashAt ?? '?'}, not the expected ${expected.hash}: the log was rewritten up to there`,
    };
  }
  return null;
}

/**
 * Checks the hash chain, every stored version's document against its SHA-256 and against the hash its
 * audit entry recorded, and (when given) that the log still reaches the head kept outside the store.
 */
export async function verifyAuditLog(sql: SqlExecutor, opts: { expectHead?: AuditHead } = {}): Promise<AuditVerify> {
  // versions first: each one's audit entry was committed with it, so the chain read next includes it
  const { hashes, tampered } = await checkVersionDocuments(sql);
  const logged = new LoggedHashes();
  const chain = await walkChain(sql, logged, opts.expectHead?.entries ?? -1);
  const counts = { entries: chain.entries, versions: hashes.length };
  const reported = new Set(tampered.map((v) => `${v.kind}/${v.id}/${v.version}`));
  const rewritten =
    chain.firstBroken === undefined
      ? logged.mismatches(hashes).filter((v) => !reported.has(`${v.kind}/${v.id}/${v.version}`))
      : [];
  const versions: TamperedVersion[] = [...tampered, ...rewritten].sort(byVersion);
  const mismatch =
    opts.expectHead === undefined || chain.firstBroken !== undefined ? null : headMismatch(opts.expectHead, chain);
  if (chain.firstBroken === undefined && versions.length === 0 && mismatch === null) {
    return { ok: true, ...counts, head: chain.head };
  }
  return {
    ok: false,
    ...counts,
    ...(chain.firstBroken === undefined ? { head: chain.head } : { firstBroken: chain.firstBroken }),
    ...(versions.length === 0 ? {} : { tamperedVersions: versions }),
    ...(mismatch === null ? {} : { headMismatch: mismatch }),
  };
}
