import { type CatalogEntry } from '../../core/app-api';
import { kpiPeriod } from '../../core/schema';
import { fourEyes } from '../registry/documents';
import { type Registry, type ResourceSummary, type VersionRecord } from '../registry/types';
import { type KpiInForce, kpisInForce } from './kpis-in-force';

/** retired; draft (never approved); proposed (a version newer than the approved one awaits a decision); approved. */
export function kpiState(summary: ResourceSummary, versions: readonly VersionRecord[]): CatalogEntry['state'] {
  const approved = summary.approvedVersion;
  if (summary.retired) {
    return 'retired';
  }
  if (approved === null) {
    return 'draft';
  }
  return versions.some((v) => v.version > approved && v.state === 'proposed') ? 'proposed' : 'approved';
}

/** KPI id → ids of the approved scorecards whose objectives name it. */
export async function scorecardsByKpi(registry: Pick<Registry, 'list' | 'get'>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const summary of await registry.list('Scorecard')) {
    if (summary.approvedVersion === null) {
      continue;
    }
    const { document } = await registry.get('Scorecard', summary.id, { version: summary.approvedVersion });
    const kpis =
      document.kind === 'Scorecard'
        ? document.spec.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi)))
        : [];
    for (const kpi of new Set(kpis)) {
      out.set(kpi, [...(out.get(kpi) ?? []), summary.id].sort());
    }
  }
  return out;
}

export function catalogEntry(kpi: KpiInForce, scorecards: string[]): CatalogEntry {
  const { spec, metadata } = kpi.doc;
  return {
    id: metadata.id,
    name: spec.name,
    description: spec.description ?? null,
    perspective: spec.perspective,
    journeyStage: spec.journeyStage ?? null,
    indicator: spec.indicator,
    unit: spec.unit,
    direction: spec.direction,
    period: kpiPeriod(spec),
    target: spec.target,
    redFlag: spec.thresholds.redFlag,
    goal: spec.thresholds.goal,
    owner: spec.owner,
    assumptions: spec.assumptions ?? null,
    labels: metadata.labels ?? {},
    calculation: Object.keys(spec.calculation)[0] ?? 'unknown',
    scorecards,
    version: kpi.record.version,
    latestVersion: kpi.summary.latestVersion,
    approvedVersion: kpi.summary.approvedVersion,
    state: kpiState(kpi.summary, kpi.versions),
    fourEyes: fourEyes(kpi.doc),
  };
}

/** GET /api/v1/catalog: every current KPI by id with its definition in force and governance state. */
export async function catalogEntries(
  registry: Pick<Registry, 'list' | 'get' | 'versions'>,
  opts: { includeRetired?: boolean } = {}
): Promise<CatalogEntry[]> {
  const [kpis, scorecards] = await Promise.all([kpisInForce(registry, opts), scorecardsByKpi(registry)]);
  return kpis.map((k) => catalogEntry(k, scorecards.get(k.summary.id) ?? []));
}
