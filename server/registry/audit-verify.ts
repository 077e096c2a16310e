import { SqlExecutor } from '../store/sql';
import { auditHash, GENESIS_HASH, readAudit, readChainHead } from './audit-log';
import { type AuditEntry, type AuditVerify, type BrokenAuditEntry } from './types';

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

/** Recomputes the chain up to the head recorded at the start; returns the first broken entry. */
export async function verifyAuditChain(sql: SqlExecutor): Promise<AuditVerify> {
  const head = await readChainHead(sql);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const fail = (firstBroken: BrokenAuditEntry): AuditVerify => ({ ok: false, entries, firstBroken });
  for (;;) {
    const page = await readAudit(sql, expectedSeq - 1, PAGE, head.seq);
    for (const entry of page) {
      entries++;
      const reason = brokenReason(entry, expectedSeq, prevHash);
      if (reason !== null) {
        return fail({ ...entry, reason });
      }
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
    }
    if (page.length < PAGE) {
      break;
    }
  }
  if (expectedSeq <= head.seq) {
    return fail({ seq: expectedSeq, reason: `${missing(expectedSeq, head.seq)} (deleted at the end of the log)` });
  }
  if (head.seq > 0 && head.hash !== prevHash) {
    return fail({ seq: head.seq, reason: `the chain head's hash does not match entry ${head.seq}` });
  }
  return { ok: true, entries };
}
