import { type AuditEntry, type AuditVerify } from './schemas';

export const AUDIT_PAGE = 50;

export interface AuditPages {
  /** Newest first. */
  entries: AuditEntry[];
  /** The seq to ask for entries before (the oldest loaded); undefined before the first page. */
  before: number | undefined;
  /** The last page came back short: nothing older to load. */
  done: boolean;
}

export const firstAuditPages: AuditPages = { entries: [], before: undefined, done: false };

/** The newest entries first, then the page before `before`. */
export function auditPath(before: number | undefined, limit: number = AUDIT_PAGE): string {
  return `audit?order=desc${before === undefined ? '' : `&before=${before}`}&limit=${limit}`;
}

/** Adds an older page (newest first, as asked with order=desc) to what is loaded, without repeating an entry. */
export function addAuditPage(pages: AuditPages, page: readonly AuditEntry[], limit: number = AUDIT_PAGE): AuditPages {
  const seen = new Set(pages.entries.map((e) => e.seq));
  const entries = [...pages.entries, ...page.filter((e) => !seen.has(e.seq))].sort((a, b) => b.seq - a.seq);
  return { entries, before: entries[entries.length - 1]?.seq ?? pages.before, done: page.length < limit };
}

/** "KPI customer.nps v3"; entries about no resource (an override, a bundle) show a dash. */
export function auditTarget(e: Pick<AuditEntry, 'kind' | 'id' | 'version'>): string {
  if (e.kind === null && e.id === null) {
    return '—';
  }
  return [e.kind, e.id, e.version === null ? null : `v${e.version}`].filter((p) => p !== null).join(' ');
}

export type VerifyView =
  | { ok: true; summary: string; head: string }
  | { ok: false; summary: string; problems: string[]; head?: string };

/** What the verify answer tells a reader: the head to keep outside the store, or each problem found. */
export function verifyView(v: AuditVerify): VerifyView {
  const head = v.head === undefined ? undefined : `${v.head.entries}:${v.head.hash}`;
  const counted = `${v.entries} entries, ${v.versions} versions checked`;
  if (v.ok && head !== undefined) {
    return { ok: true, summary: `Chain verified: ${counted}`, head };
  }
  const problems = [
    ...(v.firstBroken === undefined ? [] : [`first broken entry #${v.firstBroken.seq}: ${v.firstBroken.reason}`]),
    ...(v.tamperedVersions ?? []).map((t) => `tampered ${t.kind} ${t.id} v${t.version}: ${t.reason}`),
    ...(v.headMismatch === undefined ? [] : [`head mismatch: ${v.headMismatch.reason}`]),
  ];
  return { ok: false, summary: `Verification FAILED: ${counted}`, problems, ...(head === undefined ? {} : { head }) };
}
