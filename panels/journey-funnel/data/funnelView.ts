import { type DataFrame, type GrafanaTheme2, type InterpolateFunction } from '@grafana/data';
import { defaultOptions, type Options } from '../options';
import { fieldNames, findField, type FieldContext } from './fields';
import { kpiFunnel } from './kpiFunnel';
import { isKpiFunnelFrame, isTimeToConvertFrame } from './kpiMeta';
import { type CountGroups, longFrames, readLong } from './long';
import { type FunnelInputError, type FunnelView } from './model';
import { stagesFromCounts } from './stages';
import { timeToConvert } from './timeToConvert';
import { readWide, wideStages } from './wide';

export interface FunnelViewContext {
  theme: GrafanaTheme2;
  replaceVariables?: InterpolateFunction;
  timeZone?: string;
}

export const isFunnelInputError = <T extends object>(v: T | FunnelInputError): v is FunnelInputError =>
  !Array.isArray(v) && 'error' in v;

/**
 * The funnel to draw from the panel's frames (after Grafana applied field config and overrides): the KPI
 * datasource's funnel frame, long rows (stage, value) or wide fields (one per stage). Stages keep the data's order.
 */
export function funnelView(
  series: DataFrame[],
  options: Options,
  ctx: FunnelViewContext
): FunnelView | FunnelInputError {
  const frames = series.filter((f) => f.fields.length > 0);
  if (frames.length === 0) {
    return { error: 'No data: the query returned no frames.', empty: true };
  }
  if (frames.every((f) => f.length === 0)) {
    return { error: 'No data: the query returned no rows.', empty: true };
  }
  const fctx: FieldContext = { theme: ctx.theme, ...(ctx.timeZone === undefined ? {} : { timeZone: ctx.timeZone }) };
  const kpiFrame = options.layout === 'auto' ? frames.find(isKpiFunnelFrame) : undefined;
  if (kpiFrame !== undefined) {
    return { ...kpiFunnel(kpiFrame, fctx), timeToConvert: timeToConvert(frames.find(isTimeToConvertFrame)) };
  }
  const name = (s: string) => (ctx.replaceVariables === undefined ? s : ctx.replaceVariables(s)).trim();
  const names = {
    stageField: name(options.stageField),
    valueField: name(options.valueField),
    segmentField: name(options.segmentField),
    previousField: name(options.previousField),
  };
  // A stage field the user picked makes the input long even when the data lacks it: then the error names it.
  const long =
    options.layout === 'long' ||
    (options.layout === 'auto' &&
      (options.stageField !== defaultOptions.stageField ||
        frames.some((f) => findField(f, names.stageField) !== undefined)));
  const warnings: string[] = [];
  let read: CountGroups;
  let hasPrevious = false;
  if (long) {
    const found = longFrames(frames, names);
    if (isFunnelInputError(found)) {
      return found;
    }
    read = readLong(found, warnings);
    hasPrevious = found.some((f) => f.previous !== undefined);
  } else {
    const stages = wideStages(frames, options.wideFields.map(name));
    if (isFunnelInputError(stages)) {
      return stages;
    }
    if (stages.length === 0) {
      return { error: `No numeric field to use as a stage. Fields: ${frames.map(fieldNames).join('; ')}.` };
    }
    read = readWide(stages, names.segmentField, warnings);
  }
  return {
    input: long ? 'long' : 'wide',
    breakdownField: read.breakdownField,
    groups: read.groups.map((g) => ({ breakdown: g.breakdown, stages: stagesFromCounts(g.stages, fctx) })),
    hasPrevious,
    timeToConvert: [],
    journey: null,
    notices: [],
    warnings,
  };
}
