import { proposals, type Proposal } from '../../../core/app-api';
import { type FreezeWindowDocument } from '../../../core/schema/freeze-window';
import { kpiServer } from '../../api/kpiServer';
import { auditPath } from './data/audit';
import { decisionPath } from './data/decisions';
import {
  anyAnswer,
  auditEntries,
  auditVerify,
  freezeWindowRecord,
  putResult,
  summaries,
  type FreezeWindowRecord,
  type Summary,
} from './data/schemas';

/** The page's calls to the KPI server: reads as Viewer, decisions and freeze windows as Admin (the approver token). */

export const loadProposals = async () => (await kpiServer({ path: 'proposals', schema: proposals })).proposals;

/** The server takes no comment on approve; the comment goes as `reason`, which it accepts and does not store. */
export function decide(p: Proposal, verb: 'approve' | 'reject', comment: string) {
  const reason = comment.trim();
  return kpiServer({
    method: 'POST',
    path: decisionPath(p, verb),
    role: 'Admin',
    schema: anyAnswer,
    body: reason === '' ? {} : { reason },
  });
}

export const loadIds = async (plural: 'kpis' | 'scorecards' | 'journeys') =>
  (await kpiServer({ path: plural, schema: summaries })).map((s) => s.id);

export interface FreezeWindowRow {
  summary: Summary;
  /** The version in force, else the latest (a window never approved). */
  record: FreezeWindowRecord;
}

export async function loadFreezeWindows(): Promise<FreezeWindowRow[]> {
  const list = await kpiServer({ path: 'freeze-windows', schema: summaries });
  return Promise.all(
    list.map(async (summary) => {
      const version = summary.approvedVersion ?? summary.latestVersion;
      const path = `freeze-windows/${encodeURIComponent(summary.id)}/versions/${version}`;
      return { summary, record: await kpiServer({ path, schema: freezeWindowRecord }) };
    })
  );
}

/** Puts a window's document (If-Match the version it was read at, when given); answers the new version number. */
export async function putFreezeWindow(doc: FreezeWindowDocument, message: string, ifMatch?: number) {
  const answer = await kpiServer({
    method: 'PUT',
    path: `freeze-windows/${encodeURIComponent(doc.metadata.id)}`,
    role: 'Admin',
    schema: putResult,
    body: { ...doc, message },
    ...(ifMatch === undefined ? {} : { headers: { 'If-Match': String(ifMatch) } }),
  });
  return answer.version.version;
}

export const approveFreezeWindow = (id: string, version: number) =>
  kpiServer({
    method: 'POST',
    path: decisionPath({ kind: 'FreezeWindow', id, version, author: '', fourEyes: false }, 'approve'),
    role: 'Admin',
    schema: anyAnswer,
    body: {},
  });

export const retireFreezeWindow = (id: string, reason: string) =>
  kpiServer({
    method: 'POST',
    path: `freeze-windows/${encodeURIComponent(id)}/retire`,
    role: 'Admin',
    schema: anyAnswer,
    body: { reason },
  });

export const loadAudit = (before: number | undefined) => kpiServer({ path: auditPath(before), schema: auditEntries });

export const verifyAuditChain = () => kpiServer({ path: 'audit/verify', schema: auditVerify });
