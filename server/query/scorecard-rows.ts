import { scoreKpi, type KpiScore } from '../../core';
import { periodLabel } from '../../core/periods';
import { kpiPeriod, type KpiDocument, type Period, type ScorecardDocument } from '../../core/schema';
import { type Registry, type VersionRecord } from '../registry/types';
import { versionInForce } from '../registry/in-force';
import { type DefinitionMode, type KpiComputer, type KpiResult } from './types';
import { type EndValidity, inForceSpan, windowSpan } from './end-validity';
import { reportWindow, type ReportMode, type ReportWindow } from './scorecard-periods';

export interface ScorecardRow {
  perspective: string;
  perspectiveId: string;
  objective: string;
  objectiveId: string;
  kpi: string;
  kpiId: string;
  /** The KPI's definition for the reported period: targets, thresholds, unit and period come from it. */
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
  window: ReportWindow | null;
  periodLabel: string | null;
  /** One point per period, the reported one last. */
  trend: KpiResult | null;
}

export interface RowContext {
  registry: Registry;
  engine: KpiComputer;
  to: number;
  now: number;
  timeZone: string;
  definition: DefinitionMode;
  mode: ReportMode;
  /** Collects the ends of range this answer holds for (see end-validity.ts). */
  validity?: EndValidity;
}

// Flags under which a value is shown but not scored: a running period's target is for the whole period.
const UNSCORED = ['insufficient-sample', 'impossible-rate', 'partial'];

/** The version a definition mode reads at `at` (the version in force then, or now, or pinned). */
export function pickVersion(versions: readonly VersionRecord[], mode: DefinitionMode, at: number, now: number) {
  const latest = versions[versions.length - 1] ?? null;
  if (typeof mode === 'object' && 'version' in mode) {
    return versions.find((v) => v.version === mode.version) ?? null;
  }
  const when = mode === 'effective' ? at : mode === 'current' ? now : Date.parse(mode.asOf);
  return versionInForce(versions, new Date(when).toISOString()) ?? latest;
}

/** The version read at the end of the range (the KPI's shape, the scorecard's), noting what the end decided. */
export function pickAtEnd(versions: readonly VersionRecord[], ctx: RowContext) {
  const end = Math.min(ctx.to, ctx.now);
  if (ctx.definition === 'current') {
    ctx.validity?.never();
  } else if (ctx.definition === 'effective') {
    const [lo, hi] = inForceSpan(versions, end - 1);
    ctx.validity?.within(lo + 1, hi + 1);
  }
  return pickVersion(versions, ctx.definition, end - 1, ctx.now);
}

/** The reported period for the end of the range, noting for which ends it is the same. */
export function windowAtEnd(ctx: RowContext, period: Period): ReportWindow {
  const window = reportWindow(ctx.to, ctx.now, period, ctx.mode, ctx.timeZone);
  const span = windowSpan(window, ctx.timeZone);
  if (span === null) {
    ctx.validity?.never();
  } else {
    ctx.validity?.within(...span);
  }
  return window;
}

type RowBase = Pick<
  ScorecardRow,
  | 'perspective'
  | 'perspectiveId'
  | 'objective'
  | 'objectiveId'
  | 'kpiId'
  | 'weight'
  | 'objectiveWeight'
  | 'perspectiveWeight'
  | 'causes'
>;

function unknownRow(base: RowBase, flag: string): ScorecardRow {
  const empty = {
    value: null,
    previous: null,
    sample: null,
    version: null,
    window: null,
    periodLabel: null,
    trend: null,
  };
  return { ...base, ...empty, kpi: base.kpiId, doc: null, flags: flag, score: { score: null, status: 'no-data' } };
}

const asKpi = (v: VersionRecord | null): KpiDocument | null => (v?.document.kind === 'KPI' ? v.document : null);

/** One KPI of a scorecard over its reporting periods: the reported value, the one before and the trend. */
export async function scorecardRow(ctx: RowContext, base: RowBase): Promise<ScorecardRow> {
  const versions = await ctx.registry.versions('KPI', base.kpiId).catch(() => []);
  const shape = asKpi(pickAtEnd(versions, ctx));
  if (shape === null) {
    return unknownRow(base, 'unknown-kpi');
  }
  const window = windowAtEnd(ctx, kpiPeriod(shape.spec));
  const [trend] = await ctx.engine.computeKpi(base.kpiId, {
    range: window.range,
    intervalMs: window.reported.end - window.reported.start,
    grid: window.grid,
    definition: ctx.definition,
  });
  const points = trend?.points ?? [];
  const last = points[points.length - 1];
  const doc = asKpi(pickVersion(versions, ctx.definition, window.reported.start, ctx.now)) ?? shape;
  const flags = [...(last?.flags ?? []), ...(window.partial ? ['partial'] : [])];
  const value = last?.value ?? null;
  const scored = flags.some((f) => UNSCORED.includes(f)) ? null : value;
  return {
    ...base,
    kpi: doc.spec.name,
    doc,
    version: trend?.version ?? null,
    value,
    previous: points[points.length - 2]?.value ?? null,
    sample: last?.sample ?? null,
    flags: flags.join(', '),
    score: scoreKpi(scored, { ...doc.spec.thresholds, direction: doc.spec.direction }),
    window,
    periodLabel: periodLabel(window.reported.start, window.period, ctx.timeZone),
    trend: trend ?? null,
  };
}

/** Every KPI of the scorecard in its order (perspective, objective, KPI). */
export function scorecardRows(ctx: RowContext, card: ScorecardDocument): Promise<ScorecardRow[]> {
  const bases: RowBase[] = card.spec.perspectives.flatMap((p) =>
    p.objectives.flatMap((o) =>
      o.kpis.map((k) => ({
        perspective: p.name,
        perspectiveId: p.id,
        objective: o.name,
        objectiveId: o.id,
        kpiId: k.kpi,
        weight: k.weight,
        objectiveWeight: o.weight,
        perspectiveWeight: p.weight,
        causes: o.causes.join(','),
      }))
    )
  );
  return Promise.all(bases.map((b) => scorecardRow(ctx, b)));
}
