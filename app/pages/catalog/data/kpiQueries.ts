import { type DataFrame, type DataFrameJSON, dataFrameFromJSON } from '@grafana/data';
import { z } from 'zod';
import { type QueryModel } from '../../../../core/query/models';

const DAY = 86_400_000;

// The kpi query buckets by whole days or weeks only, so months, quarters and years are approximated.
const INTERVALS: Record<string, { interval: string; days: number }> = {
  day: { interval: '1d', days: 1 },
  week: { interval: '1w', days: 7 },
  month: { interval: '30d', days: 30 },
  quarter: { interval: '91d', days: 91 },
  year: { interval: '365d', days: 365 },
};

export const PERIODS_SHOWN = 12;

/** The last 12 periods ending at the start of today (UTC), and the bucket width that gives one point each. */
export function lastPeriods(period: string, now: number): { from: number; to: number; interval: string } {
  const { interval, days } = INTERVALS[period] ?? { interval: '30d', days: 30 };
  const to = Math.floor(now / DAY) * DAY;
  return { from: to - PERIODS_SHOWN * days * DAY, to, interval };
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
