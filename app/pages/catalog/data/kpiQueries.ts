import { type DataFrame, type DataFrameJSON, dataFrameFromJSON } from '@grafana/data';
import { z } from 'zod';
import { type QueryModel } from '../../../../core/query/models';
import { PERIOD_INTERVAL } from '../../../../core/schema/kpi';

const DAY = 86_400_000;

// Approximate lengths: the range only has to touch the last 12 periods; the server computes each whole.
const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, quarter: 91.3, year: 365.25 };

export const PERIODS_SHOWN = 12;

/** A range touching the last 12 reporting periods up to now; `interval: "period"` gives one point per period. */
export function lastPeriods(period: string, now: number): { from: number; to: number; interval: string } {
  const days = PERIOD_DAYS[period] ?? PERIOD_DAYS.month ?? 30.44;
  return { from: Math.round(now - (PERIODS_SHOWN - 1) * days * DAY), to: now, interval: PERIOD_INTERVAL };
}

type Model = QueryModel<'kpi'> | QueryModel<'annotations'> | QueryModel<'lineage'>;

/** The POST /api/v1/query body for one KPI's page: its values, its definition changes, its lineage. */
export function kpiPageQuery(kpi: string, period: string, now: number) {
  const { from, to, interval } = lastPeriods(period, now);
  const queries: Array<Model & { refId: string }> = [
    { refId: 'values', queryType: 'kpi', kpi, interval },
    { refId: 'annotations', queryType: 'annotations', kpis: [kpi], include: ['definition-changes'] },
    { refId: 'lineage', queryType: 'lineage', kpi },
  ];
  return { from, to, queries };
}

// dataFrameFromJSON reads schema and data itself; an object is all that is checked here.
const frameJson = z.custom<DataFrameJSON>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

/** The answer of POST /api/v1/query (Grafana's /api/ds/query JSON). */
export const queryAnswer = z.object({
  results: z.record(
    z.string(),
    z.object({ frames: z.array(frameJson).optional(), error: z.string().optional(), status: z.number().optional() })
  ),
});
export type QueryAnswer = z.infer<typeof queryAnswer>;

export interface RefResult {
  frames: DataFrame[];
  error?: string;
}

/** One refId's frames as @grafana/data DataFrames, or the error the server gave for it. */
export function resultOf(answer: QueryAnswer, refId: string): RefResult {
  const result = answer.results[refId];
  if (result === undefined) {
    return { frames: [], error: `the KPI server returned no result for ${refId}` };
  }
  const frames = (result.frames ?? []).map((f) => dataFrameFromJSON(f));
  return result.error === undefined ? { frames } : { frames, error: result.error };
}
