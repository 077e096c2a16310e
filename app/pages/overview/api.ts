import { catalog, proposals } from '../../../core/app-api';
import { cycle, cycleResults } from '../../../core/maturity/api';
import { z } from 'zod';
import { kpiServer } from '../../api/kpiServer';
import {
  auditVerify,
  freezeWindowRecord,
  type QueryAnswer,
  queryAnswer,
  resourceList,
  scorecardRecord,
} from './data/schemas';
import { latestCycles } from './data/maturity';

/** One loader per Overview section; each fails alone. */

const DAY = 24 * 3600 * 1000;
/** The query range: the latest complete period ending by now is what the scorecard reports (DESIGN §6). */
const RANGE_DAYS = 90;
/** POST /api/v1/query takes at most 50 queries per request. */
const MAX_QUERIES = 50;

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export async function loadScorecards(now: number) {
  const list = await kpiServer({ path: 'scorecards', schema: resourceList });
  const ids = list.filter((s) => !s.retired).map((s) => s.id);
  if (ids.length === 0) {
    const none: QueryAnswer = { results: {} };
    return { names: new Map<string, string>(), answer: none };
  }
  const records = await Promise.all(
    ids.map((id) => kpiServer({ path: `scorecards/${encodeURIComponent(id)}`, schema: scorecardRecord }))
  );
  const names = new Map(records.map((r) => [r.id, r.document.spec.name]));
  const batches = await Promise.all(
    chunks(ids, MAX_QUERIES).map((batch) =>
      kpiServer({
        method: 'POST',
        path: 'query',
        schema: queryAnswer,
        body: {
          from: now - RANGE_DAYS * DAY,
          to: now,
          queries: batch.map((id) => ({ refId: id, queryType: 'scorecard', scorecard: id })),
        },
      })
    )
  );
  const answer: QueryAnswer = { results: Object.fromEntries(batches.flatMap((b) => Object.entries(b.results))) };
  return { names, answer };
}

export const loadCatalog = () => kpiServer({ path: 'catalog', schema: catalog });

export const loadProposals = () => kpiServer({ path: 'proposals', schema: proposals });

export async function loadFreezeWindows() {
  const list = await kpiServer({ path: 'freeze-windows', schema: resourceList });
  return Promise.all(
    // only approved windows freeze anything: read the approved version, not a pending proposal
    list.flatMap((w) =>
      w.retired || w.approvedVersion === null
        ? []
        : [
            kpiServer({
              path: `freeze-windows/${encodeURIComponent(w.id)}?version=${w.approvedVersion}`,
              schema: freezeWindowRecord,
            }),
          ]
    )
  );
}

export const loadAudit = () => kpiServer({ path: 'audit/verify', schema: auditVerify });

export async function loadMaturity() {
  const { cycles } = await kpiServer({
    path: 'maturity/cycles?state=released',
    schema: z.object({ cycles: z.array(cycle) }),
  });
  return Promise.all(
    latestCycles(cycles).map((c) =>
      kpiServer({ path: `maturity/cycles/${encodeURIComponent(c.id)}/results`, schema: cycleResults })
    )
  );
}
