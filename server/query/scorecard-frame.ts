import { rollup, type RollupMode } from '../../core';
import { kpiPeriod, type ScorecardDocument } from '../../core/schema';
import { RegistryError } from '../registry/types';
import { inputMode } from '../values/engine/plan';
import { frameJson, type FrameJson } from './frame';
import { commonPeriod } from './scorecard-periods';
import { pickAtEnd, pickVersion, type RowContext, type ScorecardRow, windowAtEnd } from './scorecard-rows';

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

export interface ScorecardFrameMeta {
  version: number;
  timeZone: string;
  mode: 'complete' | 'to-date';
}

/** The label every row shares, else null. */
function sharedLabel(rows: readonly ScorecardRow[]): string | null {
  const labels = new Set(rows.map((r) => r.periodLabel).filter((l) => l !== null));
  return labels.size === 1 ? ([...labels][0] ?? null) : null;
}

export function scorecardFrame(
  card: ScorecardDocument,
  rows: ScorecardRow[],
  refId: string,
  info: ScorecardFrameMeta
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
        version: info.version,
        timeZone: info.timeZone,
        period: info.mode,
        periodLabel: sharedLabel(rows),
        score: r.total.score,
        status: r.total.status,
        // share of the scorecard's KPIs with a scoreable value in their reported period
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
      { name: 'period', type: 'string', values: col((x) => x.window?.period ?? null) },
      { name: 'periodStart', type: 'time', values: col((x) => x.window?.reported.start ?? null) },
      { name: 'periodEnd', type: 'time', values: col((x) => x.window?.reported.end ?? null) },
      { name: 'periodLabel', type: 'string', values: col((x) => x.periodLabel) },
      { name: 'partial', type: 'boolean', values: col((x) => x.window?.partial ?? null) },
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

/**
 * The scorecard's version for the report: with 'effective', the one in force at the start of the period most of
 * its KPIs report (weights and structure as of that period); otherwise as the definition mode says.
 */
export async function loadScorecard(ctx: RowContext, id: string) {
  const versions = await ctx.registry.versions('Scorecard', id);
  const shape = pickAtEnd(versions, ctx);
  if (shape === null || shape.document.kind !== 'Scorecard') {
    throw new RegistryError(
      'not_found',
      `scorecard ${id} has no version for definition ${JSON.stringify(ctx.definition)}`
    );
  }
  const kpiMode = inputMode(ctx.definition);
  const periods = await Promise.all(
    shape.document.spec.perspectives
      .flatMap((p) => p.objectives.flatMap((o) => o.kpis.map((k) => k.kpi)))
      .map(async (kpi) => {
        const v = pickAtEnd(await ctx.registry.versions('KPI', kpi).catch(() => []), { ...ctx, definition: kpiMode });
        return v?.document.kind === 'KPI' ? [kpiPeriod(v.document.spec)] : [];
      })
  );
  const window = windowAtEnd(ctx, commonPeriod(periods.flat()));
  const chosen = pickVersion(versions, ctx.definition, window.reported.start, ctx.now) ?? shape;
  const card = chosen.document.kind === 'Scorecard' ? chosen.document : shape.document;
  return { card, version: chosen.document.kind === 'Scorecard' ? chosen.version : shape.version };
}
