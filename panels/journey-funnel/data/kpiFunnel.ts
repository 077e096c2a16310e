import { type DataFrame, type Field } from '@grafana/data';
import { FUNNEL_FIELDS as F } from '../../../core/query';
import { type FieldContext, findField, numberAt, sum, textAt } from './fields';
import { funnelMeta, frameNotices } from './kpiMeta';
import { cell } from './long';
import { type FunnelGroupView, type FunnelView, type StageKpiView, type StageView } from './model';
import { stageKpiViews } from './stageKpis';
import { dropOff, stageLook, stageProblem, stagesFromCounts } from './stages';

type Fields = Partial<Record<keyof typeof F, Field>>;

const interval = (low: number | null, high: number | null): [number, number] | null =>
  low === null || high === null ? null : [low, high];

function bool(field: Field | undefined, row: number): boolean | null {
  const v: unknown = field?.values[row];
  return typeof v === 'boolean' ? v : null;
}

/** One row of the funnel frame as a stage, with the server's own numbers (nothing recomputed). */
function rowStage(
  fields: Fields & { value: Field },
  row: number,
  index: number,
  before: StageView | undefined,
  extra: { kpis: StageKpiView[]; ctx: FieldContext; warnings: string[] }
): StageView {
  const at = (name: keyof typeof F) => numberAt(fields[name], row);
  const key = textAt(fields.stage, row);
  const name = textAt(fields.name, row) || key;
  const value = cell(fields.value, row, key, extra.warnings);
  const previous = at('previous');
  const problem = stageProblem({ name, value }, before);
  return {
    key,
    name,
    index,
    value,
    ...stageLook(fields.value, row, { value, previous }, extra.ctx),
    conversion: at('conversion'),
    stepConversion: index === 0 ? null : at('stepConversion'),
    conversionInterval: interval(at('conversionLow'), at('conversionHigh')),
    stepConversionInterval: index === 0 ? null : interval(at('stepConversionLow'), at('stepConversionHigh')),
    dropOff: dropOff(before?.value, value),
    previous,
    previousConversion: at('previousConversion'),
    change: at('change'),
    significant: bool(fields.significant, row),
    medianTimeToConvert: at('medianTimeToConvert'),
    meanTimeToConvert: at('meanTimeToConvert'),
    inProgress: at('inProgress'),
    impossible: problem !== null,
    problem,
    kpis: extra.kpis,
  };
}

/**
 * The whole funnel of a broken-down frame, which carries only its groups: counts summed (each customer is in
 * one group), conversions from those sums, mean time to convert weighted by who reached the stage; no median.
 */
function totalOf(groups: FunnelGroupView[], valueField: Field, ctx: FieldContext): StageView[] {
  const first = groups[0]?.stages ?? [];
  const counts = first.map((s, i) => {
    const same = groups.map((g) => g.stages[i]).filter((x): x is StageView => x?.key === s.key);
    const add = (pick: (x: StageView) => number | null) => same.map(pick).reduce<number | null>(sum, null);
    return {
      s,
      same,
      value: add((x) => x.value),
      previous: add((x) => x.previous),
      inProgress: add((x) => x.inProgress),
    };
  });
  const totals = stagesFromCounts(
    counts.map((c) => ({
      key: c.s.key,
      name: c.s.name,
      value: c.value,
      previous: c.previous,
      field: valueField,
      row: 0,
    })),
    ctx
  );
  return totals.map((t, i) => {
    const c = counts[i];
    const timed = (c?.same ?? []).filter((x) => x.meanTimeToConvert !== null && x.value !== null && x.value > 0);
    const weight = timed.reduce((w, x) => w + (x.value ?? 0), 0);
    const mean =
      weight > 0 ? timed.reduce((m, x) => m + (x.meanTimeToConvert ?? 0) * (x.value ?? 0), 0) / weight : null;
    return {
      ...t,
      links: c?.s.links ?? [],
      inProgress: c?.inProgress ?? null,
      meanTimeToConvert: mean,
      kpis: c?.s.kpis ?? [],
    };
  });
}

/** The KPI datasource's funnel frame (DESIGN §6) as the funnel view; time to convert is added by the caller. */
export function kpiFunnel(frame: DataFrame, ctx: FieldContext): Omit<FunnelView, 'timeToConvert'> {
  const meta = funnelMeta(frame);
  const warnings: string[] = [];
  const fields: Fields = Object.fromEntries(
    Object.entries(F).map(([k, name]) => [k, frame.fields.find((f) => f.name === name)])
  );
  const value = fields.value ?? frame.fields[0];
  const breakdown = meta.breakdown === undefined ? undefined : findField(frame, meta.breakdown);
  const kpis = new Map((meta.stages ?? []).map((s) => [s.id, stageKpiViews(s.kpis)]));
  const groups = new Map<string | null, StageView[]>();
  for (let row = 0; value !== undefined && row < frame.length; row++) {
    const group = breakdown === undefined ? null : textAt(breakdown, row);
    const stages = groups.get(group) ?? [];
    groups.set(group, stages);
    const key = textAt(fields.stage, row);
    const extra = { kpis: kpis.get(key) ?? [], ctx, warnings };
    stages.push(rowStage({ ...fields, value }, row, stages.length, stages[stages.length - 1], extra));
  }
  const views =
    groups.size === 0
      ? [{ breakdown: null, stages: [] }]
      : [...groups].map(([g, stages]) => ({ breakdown: g, stages }));
  const split = breakdown !== undefined && value !== undefined;
  return {
    input: 'kpi-funnel',
    breakdownField: split ? breakdown.name : null,
    groups: split ? [{ breakdown: null, stages: totalOf(views, value, ctx) }, ...views] : views,
    hasPrevious: fields.previous !== undefined,
    journey:
      meta.journey === undefined
        ? null
        : { id: meta.journey, version: meta.version ?? null, order: meta.order ?? '', window: meta.window ?? '' },
    notices: frameNotices(frame),
    warnings,
  };
}
