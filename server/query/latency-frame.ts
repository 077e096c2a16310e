import { decisionLatency, type LatencyRow } from '../../core/escalation/latency';
import { type DecisionLatencyQuery } from '../../core/query/models';
import { type Registry } from '../registry/types';
import { type TimeRange } from '../values/types';
import { escalationSource, kpiNames, type EscalationSource } from './escalation-source';
import { frameJson, type FieldSpec, type FrameJson } from './frame';

type LatencyField = Exclude<keyof LatencyRow, 'group' | 'escalations' | 'acknowledged' | 'resolved' | 'open'>;

export const LATENCY_FIELDS: ReadonlyArray<[LatencyField, string]> = [
  ['ackP50', 'Breach → acknowledge p50'],
  ['ackP90', 'Breach → acknowledge p90'],
  ['resolveP50', 'Breach → resolve p50'],
  ['resolveP90', 'Breach → resolve p90'],
  ['ackToResolveP50', 'Acknowledge → resolve p50'],
  ['ackToResolveP90', 'Acknowledge → resolve p90'],
];

/** One table row per KPI or owner: counts, then the latencies in seconds (nearest-rank percentiles). */
export function latencyFrame(
  rows: readonly LatencyRow[],
  opts: { refId: string; groupBy: 'kpi' | 'owner'; kpiNames?: ReadonlyMap<string, string> }
): FrameJson {
  const col = <T>(pick: (r: LatencyRow) => T) => rows.map(pick);
  const names = opts.kpiNames;
  const kpiName: FieldSpec[] =
    opts.groupBy === 'kpi'
      ? [{ name: 'kpiName', type: 'string', values: col((r) => names?.get(r.group) ?? r.group) }]
      : [];
  return frameJson({
    name: 'decision latency',
    refId: opts.refId,
    meta: { preferredVisualisationType: 'table', custom: { groupBy: opts.groupBy, percentile: 'nearest-rank' } },
    fields: [
      { name: opts.groupBy, type: 'string', values: col((r) => r.group) },
      ...kpiName,
      { name: 'escalations', type: 'number', values: col((r) => r.escalations) },
      { name: 'acknowledged', type: 'number', values: col((r) => r.acknowledged) },
      { name: 'resolved', type: 'number', values: col((r) => r.resolved) },
      { name: 'open', type: 'number', values: col((r) => r.open) },
      ...LATENCY_FIELDS.map(
        ([name, displayName]): FieldSpec => ({
          name,
          type: 'number',
          values: col((r) => r[name]),
          config: { unit: 's', displayName },
        })
      ),
    ],
  });
}

/** Escalations opened within the range, grouped by KPI (default) or owner. */
export async function decisionLatencyFrames(
  deps: { registry: Pick<Registry, 'get'>; escalations?: EscalationSource },
  q: DecisionLatencyQuery,
  range: TimeRange
): Promise<FrameJson[]> {
  const escalations = await escalationSource(deps)({
    from: range.from,
    to: range.to,
    ...(q.kpi === undefined ? {} : { kpi: q.kpi }),
    ...(q.owner === undefined ? {} : { owner: q.owner }),
  });
  const groupBy = q.groupBy ?? 'kpi';
  const rows = decisionLatency(escalations, groupBy);
  const names =
    groupBy === 'kpi'
      ? await kpiNames(
          deps.registry,
          rows.map((r) => r.group)
        )
      : undefined;
  return [latencyFrame(rows, { refId: q.refId, groupBy, ...(names === undefined ? {} : { kpiNames: names }) })];
}
