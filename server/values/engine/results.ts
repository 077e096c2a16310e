import { type KpiPlan } from './plan';
import { type Series } from './series';
import { type KpiResult, type VersionSpan } from './types';

export function versionSpans(plan: KpiPlan): VersionSpan[] {
  return plan.pieces.map((p) => ({
    version: p.record.version,
    hash: p.record.hash,
    from: p.range.from,
    to: p.range.to,
    approved: p.approved,
  }));
}

/** One result per series, each naming the versions that computed it. */
export function kpiResults(plan: KpiPlan, series: readonly Series[]): KpiResult[] {
  const last = plan.pieces[plan.pieces.length - 1];
  if (last === undefined) {
    return [];
  }
  const versions = versionSpans(plan);
  return series.map((s) => ({
    kpiId: plan.kpiId,
    version: last.record.version,
    definitionHash: last.record.hash,
    versions,
    ...(s.breakdown === undefined ? {} : { breakdown: s.breakdown }),
    points: s.points,
  }));
}
