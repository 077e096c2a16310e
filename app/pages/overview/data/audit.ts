import { type AuditVerify } from './schemas';

export type AuditView =
  | { ok: true; entries: number; head: string | null }
  | { ok: false; entries: number; problems: string[] };

/** The verify answer in plain words: the head when intact, else each problem the server named. */
export function auditView(verify: AuditVerify): AuditView {
  if (verify.ok) {
    return { ok: true, entries: verify.entries, head: verify.head === undefined ? null : headText(verify.head) };
  }
  const problems: string[] = [];
  if (verify.firstBroken !== undefined) {
    problems.push(`Entry ${verify.firstBroken.seq} breaks the chain: ${verify.firstBroken.reason}`);
  }
  for (const v of verify.tamperedVersions ?? []) {
    problems.push(`${v.kind} ${v.id} version ${v.version}: ${v.reason}`);
  }
  if (verify.headMismatch !== undefined) {
    problems.push(verify.headMismatch.reason);
  }
  if (problems.length === 0) {
    problems.push('the server reported the chain as broken without naming a problem');
  }
  return { ok: false, entries: verify.entries, problems };
}

/** `<entries>:<hash>`, the form `scorecard audit verify` prints. */
export const headText = (head: { entries: number; hash: string }) => `${head.entries}:${head.hash}`;
