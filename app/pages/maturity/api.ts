import { z } from 'zod';
import {
  type Cycle,
  cycle,
  type CycleResults,
  cycleResults,
  responses,
  type ConsensusBody,
  type CreateCycleBody,
  type CycleQuery,
  type ResponsesBody,
} from '../../../core/maturity/api';
import { maturityModelDocument } from '../../../core/schema/maturity-model';
import { getBackendSrv, isFetchError } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';
import { explainError } from '../../api/explainError';
import { currentRole, KpiServerError, kpiServer, proxyUrl } from '../../api/kpiServer';

/** The Maturity page's calls: reads as Viewer; writes with the user's own role, the server checks who they are. */

const cyclePath = (id: string) => `maturity/cycles/${encodeURIComponent(id)}`;
const query = (q: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== '') {
      params.set(k, String(v));
    }
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
};

export const listCycles = async (q: CycleQuery = {}) =>
  (await kpiServer({ path: `maturity/cycles${query(q)}`, schema: z.object({ cycles: z.array(cycle) }) })).cycles;

export const getCycle = (id: string) => kpiServer({ path: cyclePath(id), schema: cycle });

/** Results as the caller may see them: while a cycle is open, an assessor sees only their own answers. */
export const getResults = (id: string) => kpiServer({ path: `${cyclePath(id)}/results`, schema: cycleResults });

export interface CycleWithResults {
  cycle: Cycle;
  results: CycleResults;
}

/** A cycle and its results as the caller may see them, read together. */
export async function loadCycleWithResults(id: string): Promise<CycleWithResults> {
  const [cycle, results] = await Promise.all([getCycle(id), getResults(id)]);
  return { cycle, results };
}

/** A failed read of cycle `id` in plain words; an unknown cycle is named. */
export const explainCycleError = (id: string) => (err: unknown) =>
  err instanceof KpiServerError && err.status === 404
    ? `No maturity cycle "${id}" on the KPI server.`
    : explainError(err);

export const getResponses = (id: string, assessor: string) =>
  kpiServer({ path: `${cyclePath(id)}/responses/${encodeURIComponent(assessor)}`, schema: responses });

/** Saves some of an assessor's answers; answers the cycle with its progress and state (calibration once all answered). */
export const putResponses = (id: string, assessor: string, body: ResponsesBody) =>
  kpiServer({
    method: 'PUT',
    path: `${cyclePath(id)}/responses/${encodeURIComponent(assessor)}`,
    role: currentRole(),
    schema: cycle,
    body,
  });

export const settle = (id: string, body: ConsensusBody) =>
  kpiServer({ method: 'PUT', path: `${cyclePath(id)}/consensus`, role: currentRole(), schema: cycleResults, body });

export const release = (id: string) =>
  kpiServer({ method: 'POST', path: `${cyclePath(id)}/release`, role: currentRole(), schema: cycleResults, body: {} });

/** Creating a cycle needs the approver token: Grafana Admins only. */
export const createCycle = (body: CreateCycleBody) =>
  kpiServer({ method: 'POST', path: 'maturity/cycles', role: 'Admin', schema: cycle, body });

const summary = z.object({ id: z.string(), approvedVersion: z.number().nullable(), retired: z.boolean() });

/** Maturity models with an approved version, the ones a cycle can assess against. */
export async function listModels(): Promise<string[]> {
  const all = await kpiServer({ path: 'maturity-models', schema: z.array(summary) });
  return all.filter((m) => m.approvedVersion !== null && !m.retired).map((m) => m.id);
}

const modelRecord = z.object({ version: z.number(), document: maturityModelDocument });

export const getModel = (id: string) =>
  kpiServer({ path: `maturity-models/${encodeURIComponent(id)}`, schema: modelRecord });

/** The PDF of a cycle's report through the app's Viewer route, as a Blob. */
export async function reportPdf(id: string): Promise<Blob> {
  try {
    const res = await lastValueFrom(
      getBackendSrv().fetch<Blob>({
        url: proxyUrl('Viewer', `${cyclePath(id)}/report.pdf`),
        responseType: 'blob',
        showErrorAlert: false,
      })
    );
    return res.data;
  } catch (err) {
    throw new KpiServerError(
      isFetchError(err) ? `the KPI server answered ${err.status} for the PDF` : String(err),
      isFetchError(err) ? err.status : 0,
      'pdf'
    );
  }
}

/** Saves a Blob as a file: a detached link, so no router (Grafana's link interception included) sees the click. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
