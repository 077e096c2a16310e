import { type EscalationSelect } from '../../core/escalation/policy';
import { type Kind, type ResourceDocument } from '../../core/schema';
import { versionInForce } from '../registry/in-force';
import { RegistryError, type Registry } from '../registry/types';

/** The document in force at `now` (the latest when none was approved); null for an unknown resource. */
async function docAt(registry: Registry, kind: Kind, id: string, now: number): Promise<ResourceDocument | null> {
  try {
    const versions = await registry.versions(kind, id);
    return (versionInForce(versions, new Date(now).toISOString()) ?? versions[versions.length - 1])?.document ?? null;
  } catch (err) {
    if (err instanceof RegistryError && err.code === 'not_found') {
      return null;
    }
    throw err;
  }
}

const hasLabels = (doc: ResourceDocument, wanted: Record<string, string>): boolean =>
  Object.entries(wanted).every(([key, value]) => doc.metadata.labels?.[key] === value);

async function scorecardKpis(registry: Registry, ids: readonly string[], now: number): Promise<string[]> {
  const docs = await Promise.all(ids.map((id) => docAt(registry, 'Scorecard', id, now)));
  return docs.flatMap((doc) =>
    doc?.kind === 'Scorecard'
      ? doc.spec.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi)))
      : []
  );
}

async function journeyStageKpis(registry: Registry, stages: readonly string[], now: number): Promise<string[]> {
  const journeys = await registry.list('Journey');
  const docs = await Promise.all(journeys.map((j) => docAt(registry, 'Journey', j.id, now)));
  return docs.flatMap((doc) =>
    doc?.kind === 'Journey' ? doc.spec.stages.filter((s) => stages.includes(s.id)).flatMap((s) => s.kpis) : []
  );
}

/** The KPIs a policy selects at `now` (any part of `select` matching is enough): sorted, unique, not retired. */
export async function selectedKpis(registry: Registry, select: EscalationSelect, now: number): Promise<string[]> {
  const live = (await registry.list('KPI')).map((s) => s.id);
  const labels = select.labels ?? {};
  const byLabels = Object.keys(labels).length > 0;
  const stages = select.journeyStages ?? [];
  const picked = new Set<string>([
    ...(select.kpis ?? []),
    ...(await scorecardKpis(registry, select.scorecards ?? [], now)),
    ...(stages.length > 0 ? await journeyStageKpis(registry, stages, now) : []),
  ]);
  if (byLabels || stages.length > 0) {
    const docs = await Promise.all(live.map((id) => docAt(registry, 'KPI', id, now)));
    for (const doc of docs) {
      if (doc?.kind !== 'KPI') {
        continue;
      }
      const stage = doc.spec.journeyStage;
      if ((byLabels && hasLabels(doc, labels)) || (stage !== undefined && stages.includes(stage))) {
        picked.add(doc.metadata.id);
      }
    }
  }
  return live.filter((id) => picked.has(id)).sort();
}
