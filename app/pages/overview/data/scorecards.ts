import { type Status } from '../../../../core';
import { STATUS_LABEL } from '../../../../panels/shared/data/statusLabel';
import { APP_BASE } from '../../../constants';
import { type QueryAnswer } from './schemas';

/** The provisioned dashboard that shows any scorecard through its `scorecard` variable (balanced-scorecard.json). */
export const SCORECARD_DASHBOARD = { uid: 'scorecard-balanced', variable: 'scorecard' };

export type ScorecardStatus = Status | 'unscored';

export interface ScorecardRow {
  id: string;
  name: string;
  score: number | null;
  status: ScorecardStatus;
  statusText: string;
  period: string | null;
  href: string;
  /** The query's own error for this scorecard, if it failed alone. */
  error: string | null;
}

const STATUSES: readonly string[] = ['ok', 'warning', 'critical', 'no-data'];
const isStatus = (value: unknown): value is Status => typeof value === 'string' && STATUSES.includes(value);

/** The dashboard showing the scorecard, else the catalog filtered by it. */
export function scorecardHref(id: string, dashboard: typeof SCORECARD_DASHBOARD | null = SCORECARD_DASHBOARD) {
  const value = encodeURIComponent(id);
  return dashboard === null
    ? `${APP_BASE}/catalog?scorecard=${value}`
    : `/d/${dashboard.uid}?var-${dashboard.variable}=${value}`;
}

/** The roll-up of one scorecard query: meta.custom of its table frame (server/query/scorecard-frame.ts). */
function rollup(answer: QueryAnswer, refId: string) {
  const result = answer.results[refId];
  const table = result?.frames?.find((f) => f.schema.meta?.custom?.scorecardId !== undefined);
  const custom = table?.schema.meta?.custom;
  const score = custom?.score;
  // KPIs of different periods (months and quarters) share no label: name each period the rows report
  const column = table?.schema.fields.findIndex((f) => f.name === 'periodLabel') ?? -1;
  const labels = [...new Set((table?.data?.values[column] ?? []).filter((v) => typeof v === 'string'))];
  const period = typeof custom?.periodLabel === 'string' ? custom.periodLabel : labels.join(' · ') || null;
  return {
    score: typeof score === 'number' ? score : null,
    status: isStatus(custom?.status) ? custom.status : 'unscored',
    period: typeof period === 'string' ? period : null,
    error: result?.error ?? (result === undefined ? `no answer for scorecard query ${refId}` : null),
  } as const;
}

/** One row per scorecard, named and ordered by name; refIds are the scorecard ids. */
export function scorecardRows(names: ReadonlyMap<string, string>, answer: QueryAnswer): ScorecardRow[] {
  return [...names]
    .map(([id, name]) => {
      const r = rollup(answer, id);
      return { id, name, ...r, statusText: STATUS_LABEL[r.status], href: scorecardHref(id) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
