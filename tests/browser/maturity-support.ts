// The maturity specs' own model (not the demo's: the pages must not depend on its ids) and calls to set it up.
import crypto from 'node:crypto';
import { type APIRequestContext } from '@playwright/test';
import { asUser, getJson, postTo } from './app-pages-support';
import { hostUrl } from './fixtures';

export const STAGES = [
  { id: 'basic', name: 'Basic' },
  { id: 'repeatable', name: 'Repeatable' },
  { id: 'measured', name: 'Measured' },
];

/** Two dimensions over three stages; one criterion is answered by evidence the demo registry meets. */
export function e2eModel(id: string) {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'MaturityModel',
    metadata: { id, effectiveFrom: '2020-01-01' },
    spec: {
      name: `Browser test model ${id}`,
      stages: STAGES,
      dimensions: [
        {
          id: 'listening',
          name: 'Listening to customers',
          criteria: [
            { id: 'l-basic', stage: 'basic', text: 'Customer feedback is collected somewhere.' },
            {
              id: 'l-repeatable',
              stage: 'repeatable',
              text: 'A corporate scorecard covers all four perspectives.',
              evidence: { check: 'perspectives-covered', atLeast: 1 },
            },
            { id: 'l-measured', stage: 'measured', text: 'Feedback trends are reviewed every month.' },
          ],
        },
        {
          id: 'acting',
          name: 'Acting on feedback',
          criteria: [
            { id: 'a-basic', stage: 'basic', text: 'Someone owns the follow-up of complaints.' },
            { id: 'a-repeatable', stage: 'repeatable', text: 'Follow-ups are tracked to closure.' },
          ],
        },
      ],
    },
  };
}

export const hex = () => crypto.randomBytes(4).toString('hex');

async function ok(res: Awaited<ReturnType<APIRequestContext['put']>>, what: string): Promise<unknown> {
  if (!res.ok()) {
    throw new Error(`${what} answered ${res.status()}: ${await res.text()}`);
  }
  return res.json();
}

/** Puts the model through the editor route and approves it as an Admin; answers its id. */
export async function applyE2eModel(): Promise<string> {
  const id = `e2e-model-${hex()}`;
  const admin = await asUser('mara', 'Admin');
  const put = await admin.put(`${hostUrl()}/api/plugin-proxy/scorecard-suite-app/editor/v1/maturity-models/${id}`, {
    data: { ...e2eModel(id), message: 'e2e' },
  });
  await ok(put, `PUT maturity-models/${id}`);
  await ok(await postTo(admin, 'admin', `maturity-models/${id}/versions/1/approve`, {}), `approve ${id}`);
  await admin.dispose();
  return id;
}

/** The demo's released cycles, as the server lists them. */
export async function demoCycles(): Promise<Array<{ id: string; unit: string; year: number; model: string }>> {
  const viewer = await asUser('victor', 'Viewer');
  const body = (await getJson(viewer, 'maturity/cycles?model=northwind-kpi-maturity&state=released')) as {
    cycles: Array<{ id: string; unit: string; year: number; model: string }>;
  };
  await viewer.dispose();
  return body.cycles;
}
