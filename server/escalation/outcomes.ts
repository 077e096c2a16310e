import { scoreKpi } from '../../core';
import { DEFAULT_RECOVER, type EscalationPolicySpec } from '../../core/escalation/policy';
import { type KpiOutcomes, type PeriodOutcome } from '../../core/escalation/types';
import { lastCompletePeriod, periodLabel, periodsUpTo } from '../../core/periods';
import { kpiPeriod, type KpiDocument, type KpiSpec } from '../../core/schema';
import { type KpiComputer } from '../query/types';
import { versionInForce } from '../registry/in-force';
import { RegistryError, type Registry, type VersionRecord } from '../registry/types';
import { type ValueFlag, type ValuePoint } from '../values/types';

export interface OutcomeDeps {
  registry: Registry;
  engine: KpiComputer;
  /** The organisation's zone, in which reporting periods start. */
  timeZone: string;
}

// Flags under which the scorecard shows a value but does not score it (see server/query/scorecard-rows.ts).
const UNSCORED: readonly ValueFlag[] = ['insufficient-sample', 'impossible-rate'];

/** How many of the latest periods a policy reads: enough for both its breach and its recovery window. */
export const outcomeCount = (spec: EscalationPolicySpec): number =>
  Math.max(spec.when.of, (spec.recover ?? DEFAULT_RECOVER).of);

async function kpiVersions(registry: Registry, kpi: string): Promise<VersionRecord[]> {
  try {
    return await registry.versions('KPI', kpi);
  } catch (err) {
    if (err instanceof RegistryError && err.code === 'not_found') {
      return [];
    }
    throw err;
  }
}

/** The KPI document in force at `at`, the latest when none was approved. */
function kpiAt(versions: readonly VersionRecord[], at: number): { doc: KpiDocument; version: number } | null {
  const record = versionInForce(versions, new Date(at).toISOString()) ?? versions[versions.length - 1];
  return record?.document.kind === 'KPI' ? { doc: record.document, version: record.version } : null;
}

const worse = (value: number, spec: KpiSpec): boolean =>
  spec.direction === 'higher-is-better' ? value < spec.target : value > spec.target;

function outcome(point: ValuePoint | undefined, spec: KpiSpec, period: string): PeriodOutcome {
  const unscored = point?.flags?.some((f) => UNSCORED.includes(f)) ?? false;
  const value = unscored ? null : (point?.value ?? null);
  if (value === null) {
    return { period, status: 'no-data', belowTarget: false, value: null, target: spec.target };
  }
  const { status } = scoreKpi(value, { ...spec.thresholds, direction: spec.direction });
  return { period, status, belowTarget: worse(value, spec), value, target: spec.target };
}

/**
 * The KPI's last `count` complete reporting periods at `now` in the organisation's zone, oldest first, each
 * judged by the definition in force at its start; `doc` and `version` are the definition in force at `now`.
 */
export async function kpiOutcomes(
  deps: OutcomeDeps,
  kpi: string,
  count: number,
  now: number
): Promise<{ outcomes: KpiOutcomes; doc: KpiDocument; version: number } | null> {
  const versions = await kpiVersions(deps.registry, kpi);
  const current = kpiAt(versions, now);
  if (current === null) {
    return null;
  }
  if (count < 1) {
    return { outcomes: { kpi, periods: [] }, doc: current.doc, version: current.version };
  }
  const period = kpiPeriod(current.doc.spec);
  const last = lastCompletePeriod(now, period, deps.timeZone);
  const spans = periodsUpTo(last.start, period, deps.timeZone, count);
  const grid = { starts: spans.map((s) => s.start), end: last.end };
  const [result] = await deps.engine.computeKpi(kpi, {
    range: { from: grid.starts[0] ?? last.start, to: last.end },
    intervalMs: last.end - last.start,
    grid,
    definition: 'effective',
  });
  const points = result?.points ?? [];
  const periods = spans.map((span) => {
    const judge = kpiAt(versions, span.start)?.doc ?? current.doc;
    const point = points.find((p) => p.time === span.start);
    return outcome(point, judge.spec, periodLabel(span.start, period, deps.timeZone));
  });
  return { outcomes: { kpi, periods }, doc: current.doc, version: current.version };
}
