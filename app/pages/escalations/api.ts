import {
  acknowledgeBody,
  escalationList,
  escalationView,
  evaluationSummary,
  resolveBody,
} from '../../../core/escalation/api';
import { kpiServer } from '../../api/kpiServer';
import { type EscalationsView, listPath } from './data/filter';

/** The page's calls to the KPI server: reads as Viewer, acknowledge / resolve / evaluate as Editor. */

export const loadEscalations = async (view: Pick<EscalationsView, 'state' | 'kpi' | 'owner'>) =>
  (await kpiServer({ path: listPath(view), schema: escalationList })).escalations;

const one = (id: string) => `escalations/${encodeURIComponent(id)}`;

/** One escalation with its deliveries. */
export const loadEscalation = (id: string) => kpiServer({ path: one(id), schema: escalationView });

export function acknowledge(id: string, note: string) {
  const trimmed = note.trim();
  return kpiServer({
    method: 'POST',
    path: `${one(id)}/ack`,
    role: 'Editor',
    schema: escalationView,
    body: acknowledgeBody.parse(trimmed === '' ? {} : { note: trimmed }),
  });
}

/** The note is checked (resolveBody) before this is called. */
export const resolve = (id: string, note: string) =>
  kpiServer({
    method: 'POST',
    path: `${one(id)}/resolve`,
    role: 'Editor',
    schema: escalationView,
    body: resolveBody.parse({ note }),
  });

export const evaluateNow = () =>
  kpiServer({ method: 'POST', path: 'escalations', role: 'Editor', schema: evaluationSummary, body: {} });
