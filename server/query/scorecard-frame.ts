import { rollup, scoreKpi, type KpiScore, type RollupMode } from '../../core';
import { type KpiDocument, type ScorecardDocument } from '../../core/schema';
import { type Registry } from '../registry/types';
import { type TimeRange } from '../values/types';
import { frameJson, type FrameJson } from './frame';
import { versionAt } from './registry-docs';
import { type DefinitionMode, type KpiComputer } from './types';

export interface ScorecardRow {
  perspective: string;
  perspectiveId: string;
  objective: string;
  objectiveId: string;
  kpi: string;
  kpiId: string;
  doc: KpiDocument | null;
  version: number | null;
  value: number | null;
  previous: number | null;
  sample: number | null;
  flags: string;
  weight: number;
  objectiveWeight: number;
  perspectiveWeight: number;
  causes: string;
  score: KpiScore;
}

interface Ctx {
  registry: Registry;
  engine: KpiComputer;
  range: TimeRange;
  definition: DefinitionMode;
}

/** The KPI's value over the whole range (one bucket aligned to its start). */
async function wholeRange(ctx: Ctx, kpiId: string, range: TimeRange) {
  const [result] = await ctx.engine.computeKpi(kpiId, {
    range,
    intervalMs: range.to - range.from,
    alignMs: range.from,
    definition: ctx.definition,
  });
  return { point: result?.points[0], version: result?.version ?? null };
}

async function row(
  ctx: Ctx,
  base: Omit<ScorecardRow, 'doc' | 'version' | 'value' | 'previous' | 'sample' | 'flags' | 'score' | 'kpi'>
): Promise<ScorecardRow> {
  const at = new Date(Math.min(ctx.range.to, Date.now())).toISOString();
  const doc = await versionAt(ctx.registry, 'KPI', base.kpiId, at).then(
    (v) => (v.document.kind === 'KPI' ? v.document : null),
    () => null
  );
  if (doc === null) {
    const score = { score: null, status: 'no-data' as const };
    return {
      ...base,
      kpi: base.kpiId,
      doc,
      version: null,
      value: null,
      previous: null,
      sample: null,
      flags: 'unknown-kpi',
      score,
    };
  }
  const length = ctx.range.to - ctx.range.from;
  const now = await wholeRange(ctx, base.kpiId, ctx.range);
  const before = await wholeRange(ctx, base.kpiId, { from: ctx.range.from - length, to: ctx.range.from });
  const flags = now.point?.flags ?? [];
  // A value below its minimum sample is shown but not scored.
  const scored = flags.includes('insufficient-sample') ? null : (now.point?.value ?? null);
  return {
    ...base,
    kpi: doc.spec.name,
    doc,
    version: now.version,
    value: now.point?.value ?? null,
    previous: before.point?.value ?? null,
    sample: now.point?.sample ?? null,
    flags: flags.join(', '),
    score: scoreKpi(scored, { ...doc.spec.thresholds, direction: doc.spec.direction }),
  };
}

export async function scorecardRows(ctx: Ctx, card: ScorecardDocument): Promise<ScorecardRow[]> {
  const rows: ScorecardRow[] = [];
  for (const p of card.spec.perspectives) {
    for (const o of p.objectives) {
      for (const k of o.kpis) {
        rows.push(
          await row(ctx, {
            perspective: p.name,
            perspectiveId: p.id,
            objective: o.name,
            objectiveId: o.id,
            kpiId: k.kpi,
            weight: k.weight,
            objectiveWeight: o.weight,
            perspectiveWeight: p.weight,
            causes: o.causes.join(','),
          })
        );
      }
    }
  }
  return rows;
}

/** Objective, perspective and scorecard scores rolled up from the rows with core rollup. */
export function rollups(rows: ScorecardRow[], mode: RollupMode) {
  const objectives = new Map<string, ReturnType<typeof rollup>>();
  for (const id of new Set(rows.map((r) => r.objectiveId))) {
    const children = rows.filter((r) => r.objectiveId === id).map((r) => ({ score: r.score.score, weight: r.weight }));
    objectives.set(id, rollup(children, mode));
  }
  const perspectives = new Map<string, ReturnType<typeof rollup>>();
  for (const id of new Set(rows.map((r) => r.perspectiveId))) {
    const objIds = [...new Set(rows.filter((r) => r.perspectiveId === id).map((r) => r.objectiveId))];
    const children = objIds.map((o) => ({
      score: objectives.get(o)?.score ?? null,
      weight: rows.find((r) => r.objectiveId === o)?.objectiveWeight ?? 1,
    }));
    perspectives.set(id, rollup(children, mode));
  }
  const perspectiveIds = [...perspectives.keys()];
  const total = rollup(
    perspectiveIds.map((id) => ({
      score: perspectives.get(id)?.score ?? null,
      weight: rows.find((r) => r.perspectiveId === id)?.perspectiveWeight ?? 1,
    })),
    mode
  );
  return { objectives, perspectives, total };
}

export function scorecardFrame(
  card: ScorecardDocument,
  version: number,
  rows: ScorecardRow[],
  refId: string
): FrameJson {
  const r = rollups(rows, 'weighted');
  const col = <T>(f: (row: ScorecardRow) => T) => rows.map(f);
  return frameJson({
    name: card.metadata.id,
    refId,
    meta: {
      preferredVisualisationType: 'table',
      custom: {
        scorecardId: card.metadata.id,
        version,
        score: r.total.score,
        status: r.total.status,
        // share of the scorecard's KPIs with a scoreable value in the range
        coverage: rows.length === 0 ? 0 : rows.filter((x) => x.score.score !== null).length / rows.length,
      },
    },
    fields: [
      { name: 'perspective', type: 'string', values: col((x) => x.perspective) },
      { name: 'objective', type: 'string', values: col((x) => x.objective) },
      { name: 'kpi', type: 'string', values: col((x) => x.kpi) },
      { name: 'value', type: 'number', values: col((x) => x.value) },
      { name: 'target', type: 'number', values: col((x) => x.doc?.spec.target ?? null) },
      { name: 'redFlag', type: 'number', values: col((x) => x.doc?.spec.thresholds.redFlag ?? null) },
      { name: 'goal', type: 'number', values: col((x) => x.doc?.spec.thresholds.goal ?? null) },
      { name: 'weight', type: 'number', values: col((x) => x.weight) },
      { name: 'objectiveWeight', type: 'number', values: col((x) => x.objectiveWeight) },
      { name: 'perspectiveWeight', type: 'number', values: col((x) => x.perspectiveWeight) },
      { name: 'direction', type: 'string', values: col((x) => x.doc?.spec.direction ?? null) },
      { name: 'unit', type: 'string', values: col((x) => x.doc?.spec.unit ?? null) },
      { name: 'owner', type: 'string', values: col((x) => x.doc?.spec.owner ?? null) },
      { name: 'kpiId', type: 'string', values: col((x) => x.kpiId) },
      { name: 'version', type: 'number', values: col((x) => x.version) },
      { name: 'causes', type: 'string', values: col((x) => x.causes) },
      { name: 'perspectiveId', type: 'string', values: col((x) => x.perspectiveId) },
      { name: 'objectiveId', type: 'string', values: col((x) => x.objectiveId) },
      { name: 'previous', type: 'number', values: col((x) => x.previous) },
      { name: 'sample', type: 'number', values: col((x) => x.sample) },
      { name: 'flags', type: 'string', values: col((x) => x.flags) },
      { name: 'indicator', type: 'string', values: col((x) => x.doc?.spec.indicator ?? null) },
      { name: 'description', type: 'string', values: col((x) => x.doc?.spec.description ?? null) },
      { name: 'score', type: 'number', values: col((x) => x.score.score) },
      { name: 'status', type: 'string', values: col((x) => x.score.status) },
      { name: 'objectiveScore', type: 'number', values: col((x) => r.objectives.get(x.objectiveId)?.score ?? null) },
      {
        name: 'perspectiveScore',
        type: 'number',
        values: col((x) => r.perspectives.get(x.perspectiveId)?.score ?? null),
      },
    ],
  });
}

export async function loadScorecard(registry: Registry, id: string, range: TimeRange) {
  const at = new Date(Math.min(range.to, Date.now())).toISOString();
  const v = await versionAt(registry, 'Scorecard', id, at);
  if (v.document.kind !== 'Scorecard') {
    throw new Error(`${id} is not a scorecard`);
  }
  return { card: v.document, version: v.version };
}
