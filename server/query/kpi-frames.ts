import { type KpiDocument } from '../../core/schema';
import { type DimensionFilter } from '../values/types';
import { kpiFieldConfig, HIDDEN_FROM_VIZ } from './field-config';
import { frameJson, type FrameJson } from './frame';
import { type KpiResult } from './types';

export interface KpiFrameOptions {
  refId: string;
  alias?: string;
  /** The query's filter, normalised; shown in meta.custom. */
  filter?: DimensionFilter;
}

function seriesName(kpi: KpiDocument, result: KpiResult, alias?: string): string {
  const base = alias && alias !== '' ? alias : kpi.spec.name;
  return result.breakdown ? `${base} ${result.breakdown.value ?? '(none)'}` : base;
}

/** One time-series frame per result: time, the value field named after the KPI id, then sample, moe and flags. */
export function kpiFrame(kpi: KpiDocument, result: KpiResult, { refId, alias, filter }: KpiFrameOptions): FrameJson {
  const points = result.points;
  const labels = result.breakdown ? { [result.breakdown.column]: result.breakdown.value ?? '' } : undefined;
  const flags = points.map((p) => [...(p.flags ?? []), ...(p.reason ? [p.reason] : [])].join(', '));
  return frameJson({
    name: kpi.metadata.id,
    refId,
    meta: {
      preferredVisualisationType: 'graph',
      custom: {
        kpiId: result.kpiId,
        version: result.version,
        definitionHash: result.definitionHash,
        versions: result.versions,
        ...(filter === undefined ? {} : { filter }),
      },
    },
    fields: [
      { name: 'time', type: 'time', values: points.map((p) => p.time) },
      {
        name: kpi.metadata.id,
        type: 'number',
        values: points.map((p) => p.value),
        config: kpiFieldConfig(kpi, seriesName(kpi, result, alias)),
        ...(labels ? { labels } : {}),
      },
      { name: 'sample', type: 'number', values: points.map((p) => p.sample ?? null), config: HIDDEN_FROM_VIZ },
      {
        name: 'moe',
        type: 'number',
        values: points.map((p) => p.moe ?? null),
        config: { ...HIDDEN_FROM_VIZ, displayName: 'Margin of error (95%)', unit: kpi.spec.unit },
      },
      { name: 'flags', type: 'string', values: flags, config: HIDDEN_FROM_VIZ },
    ],
  });
}
