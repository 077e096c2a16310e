import { join } from 'node:path';
import type { ResourceDocument } from '../../core/schema';
import { putApproved } from '../registry/contract/fixtures';
import { createRegistry } from '../registry';
import { openStore } from '../store/open-store';
import { kpiDoc } from '../test-support/documents';
import { createValues } from '../values/create-values';

const DAY = 86_400_000;

/** A daily manual KPI owned by dana, higher is better: 20 or less critical, 40 or more ok, target 35. */
export const dailyHealthKpi = (id: string, name = 'Account health') =>
  kpiDoc(id, {
    name,
    owner: 'dana',
    unit: 'score',
    period: 'day',
    target: 35,
    thresholds: { redFlag: 20, goal: 40 },
    calculation: { manual: {} },
  });

/** A policy on one KPI: critical for `periods` of the last `of`, one level with one webhook receiver "team". */
export const webhookPolicy = (
  id: string,
  name: string,
  kpi: string,
  url: string,
  when: { periods: number; of: number }
): ResourceDocument => ({
  apiVersion: 'scorecard/v1',
  kind: 'EscalationPolicy',
  metadata: { id },
  spec: {
    name,
    select: { kpis: [kpi] },
    when: { status: 'critical', ...when },
    levels: [{ receivers: ['team'] }],
    receivers: [{ name: 'team', type: 'webhook', url }],
  },
});

/** The UTC day `back` days before today, as YYYY-MM-DD: complete, whatever day the test runs. */
export const daysBack = (back: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY - back * DAY).toISOString().slice(0, 10);

/** A DuckDB file in `dir` with the documents approved and `kpi` at 5 (critical) on the two days before today. */
export async function seedBreachingStore(dir: string, docs: readonly ResourceDocument[], kpi: string): Promise<string> {
  const file = join(dir, 's.duckdb');
  const store = await openStore(file);
  await store.migrate();
  const registry = await createRegistry(store, { timeZone: 'UTC' });
  const values = createValues(store, registry, 'UTC');
  for (const doc of docs) {
    await putApproved(registry, doc);
  }
  await values.checkIns.add(
    [2, 1].map((back) => ({ kpi, time: Date.parse(`${daysBack(back)}T12:00:00Z`), value: 5, note: '', author: 'x' }))
  );
  await values.close();
  await store.close();
  return file;
}
