import { benchmarkValues } from '../../core/maturity/value-benchmark';
import {
  type KpiBenchmarkQuery,
  type KpiBenchmarks,
  type PeriodBenchmark,
} from '../../core/maturity/kpi-benchmark-api';
import { periodLabel, periodOf, type PeriodSpan } from '../../core/periods';
import { kpiPeriod, type Period } from '../../core/schema';
import { versionInForce } from '../registry/in-force';
import { RegistryError, type Registry } from '../registry/types';
import { type ValueEngine, type KpiResult } from '../values/engine';

export interface KpiBenchmarkDeps {
  registry: Pick<Registry, 'versions'>;
  engine: Pick<ValueEngine, 'computeKpi'>;
  /** IANA zone of the reporting periods. */
  timeZone: string;
  now?: () => number;
}

/** The periods that lie wholly in [from, to), oldest first. */
export function completePeriods(from: number, to: number, period: Period, timeZone: string): PeriodSpan[] {
  const first = periodOf(from, period, timeZone);
  const out: PeriodSpan[] = [];
  for (let p = first.start < from ? periodOf(first.end, period, timeZone) : first; p.end <= to; ) {
    out.push(p);
    p = periodOf(p.end, period, timeZone);
  }
  return out;
}

const notFound = (kpi: string) =>
  new RegistryError('not_found', `KPI ${kpi} is not in the registry`, 'querystring.kpi');

/** Each unit's value in period i; series of rows without a value in the column are no unit. */
function unitValues(results: readonly KpiResult[], i: number): Array<{ unit: string; value: number; weight?: number }> {
  return results.flatMap((r) => {
    const unit = r.breakdown?.value;
    const point = r.points[i];
    const value = point?.value;
    if (unit === undefined || unit === null || value === undefined || value === null) {
      return [];
    }
    return [{ unit, value, ...(point?.sample === undefined ? {} : { weight: point.sample }) }];
  });
}

/** DESIGN §9: the KPI per complete reporting period and per value of the breakdown column, benchmarked across them. */
export async function kpiBenchmarks(deps: KpiBenchmarkDeps, q: KpiBenchmarkQuery): Promise<KpiBenchmarks> {
  const end = Math.min(q.to, deps.now?.() ?? Date.now());
  const versions = await deps.registry.versions('KPI', q.kpi).catch((err: unknown) => {
    throw err instanceof RegistryError && err.code === 'not_found' ? notFound(q.kpi) : err;
  });
  const record = versionInForce(versions, new Date(end - 1).toISOString()) ?? versions[versions.length - 1];
  const doc = record?.document;
  if (doc?.kind !== 'KPI') {
    throw notFound(q.kpi);
  }
  const period = kpiPeriod(doc.spec);
  const spans = completePeriods(q.from, end, period, deps.timeZone);
  const head = { kpi: q.kpi, by: q.by, unit: doc.spec.unit, period, minGroup: q.minGroup, dominance: q.dominance };
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first === undefined || last === undefined) {
    return { ...head, periods: [] };
  }
  const results = await deps.engine.computeKpi(q.kpi, {
    range: { from: first.start, to: last.end },
    intervalMs: first.end - first.start,
    grid: { starts: spans.map((s) => s.start), end: last.end },
    breakdown: q.by,
  });
  const periods = spans.map((span, i): PeriodBenchmark => {
    // dominance weighs each unit by the sample behind its value (rows, responses, denominator), else by the value
    const out = benchmarkValues(unitValues(results, i), { minGroup: q.minGroup, dominance: q.dominance });
    const { start, end: stop } = span;
    const when = { start: new Date(start).toISOString(), end: new Date(stop).toISOString() };
    return { ...when, label: periodLabel(start, period, deps.timeZone), ...out };
  });
  return { ...head, periods };
}
