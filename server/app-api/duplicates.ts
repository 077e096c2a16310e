import { type Duplicates } from '../../core/app-api';
import { duplicatePairs, type KpiSeries, needsMonthly, type PeriodValue } from '../../core/duplicates';
import { lastCompletePeriod, periodsUpTo } from '../../core/periods';
import { kpiPeriod, type Period } from '../../core/schema';
import { type KpiComputer } from '../query/types';
import { type Registry } from '../registry/types';
import { kpisInForce } from './kpis-in-force';

/** Fewest periods two KPIs need values for before their correlation counts. */
export const MIN_COMMON_PERIODS = 6;

export interface DuplicateDeps {
  registry: Pick<Registry, 'list' | 'versions'>;
  engine: KpiComputer;
  timeZone: string;
  now?: () => number;
}

/** The KPI's values over the `count` complete periods before `now`; none when it cannot be computed. */
async function periodValues(deps: DuplicateDeps, kpi: string, period: Period, count: number): Promise<PeriodValue[]> {
  const last = lastCompletePeriod(deps.now?.() ?? Date.now(), period, deps.timeZone);
  const starts = periodsUpTo(last.start, period, deps.timeZone, count).map((p) => p.start);
  const grid = { starts, end: last.end };
  try {
    const [series] = await deps.engine.computeKpi(kpi, {
      range: { from: starts[0] ?? last.start, to: last.end },
      intervalMs: last.end - last.start,
      grid,
    });
    return (series?.points ?? []).map((p) => ({ time: p.time, value: p.value }));
  } catch {
    // a KPI whose source or inputs fail has no values to compare; the others still do
    return [];
  }
}

/** GET /api/v1/kpis/duplicates: pairs of current KPIs with the same calculation, or whose values correlate. */
export async function findDuplicates(
  deps: DuplicateDeps,
  opts: { periods: number; threshold: number }
): Promise<Duplicates> {
  const kpis = (await kpisInForce(deps.registry)).map((k) => ({
    id: k.summary.id,
    period: kpiPeriod(k.doc.spec),
    calculation: k.doc.spec.calculation,
  }));
  const monthly = new Set(needsMonthly(kpis));
  const series: KpiSeries[] = await Promise.all(
    kpis.map(async (k) => ({
      id: k.id,
      period: k.period,
      own: await periodValues(deps, k.id, k.period, opts.periods),
      ...(monthly.has(k.id) ? { monthly: await periodValues(deps, k.id, 'month', opts.periods) } : {}),
    }))
  );
  const pairs = duplicatePairs(kpis, series, { threshold: opts.threshold, minPeriods: MIN_COMMON_PERIODS });
  return { threshold: opts.threshold, periods: opts.periods, pairs };
}
