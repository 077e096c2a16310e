// Runs a dashboard panel's targets on its datasource (or each target's, for "-- Mixed --"), as Grafana's query runner.
import type { DataFrame, DataQueryError, DataQueryRequest, TimeRange } from '@grafana/data';
import type { DataQuery, DataSourceRef } from '@grafana/schema';
import { getDataSourceSrv, getTemplateSrv } from '@grafana/runtime';
import { type PanelJson, panelTargets } from '../dashboard/model';
import { runCollected } from './collect';
import { buildPanelRequest } from './request';

export const MIXED_UID = '-- Mixed --';
const DASHBOARD_UID = '-- Dashboard --';

export interface PanelQueryContext {
  dashboardUID: string;
  dashboardTitle: string;
  range: TimeRange;
  timezone: string;
}

export interface PanelQueryRun {
  requests: DataQueryRequest[];
  frames: DataFrame[];
  errors: DataQueryError[];
}

let counter = 0;

async function runOn(
  ref: DataSourceRef | null,
  targets: DataQuery[],
  panel: PanelJson,
  ctx: PanelQueryContext,
  width: number
) {
  const ds = await getDataSourceSrv().get(ref);
  const request = buildPanelRequest({
    ...ctx,
    requestId: `Q${++counter}`,
    panelId: panel.id ?? 0,
    panelName: panel.title ?? '',
    panelPluginId: panel.type,
    targets,
    datasource: ds.getRef(),
    maxDataPoints: panel.maxDataPoints ?? width,
    minInterval: panel.interval ? getTemplateSrv().replace(panel.interval) : ds.interval,
  });
  const outcome = await runCollected(() => ds.query(request));
  return { requests: [request], ...outcome };
}

/** Targets by datasource uid in first-seen order; targets without a ref run on the default datasource. */
function byDatasource(targets: DataQuery[]): Array<{ ref: DataSourceRef | null; targets: DataQuery[] }> {
  const groups = new Map<string, { ref: DataSourceRef | null; targets: DataQuery[] }>();
  for (const target of targets) {
    const key = target.datasource?.uid ?? '';
    const group = groups.get(key) ?? { ref: target.datasource ?? null, targets: [] };
    group.targets.push(target);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function runPanelQueries(panel: PanelJson, ctx: PanelQueryContext, width: number): Promise<PanelQueryRun> {
  const targets = panelTargets(panel);
  if (targets.length === 0) {
    return { requests: [], frames: [], errors: [] };
  }
  const ref = panel.datasource ?? targets[0]?.datasource ?? null;
  if (ref?.uid === DASHBOARD_UID) {
    return {
      requests: [],
      frames: [],
      errors: [{ message: 'the "-- Dashboard --" datasource is not available in the host' }],
    };
  }
  const groups = ref?.uid === MIXED_UID ? byDatasource(targets) : [{ ref, targets }];
  const runs = await Promise.all(
    groups.map((g) =>
      runOn(g.ref, g.targets, panel, ctx, width).catch((cause: unknown) => ({
        requests: [],
        frames: [],
        errors: [{ message: cause instanceof Error ? cause.message : String(cause) }],
      }))
    )
  );
  return {
    requests: runs.flatMap((r) => r.requests),
    frames: runs.flatMap((r) => r.frames),
    errors: runs.flatMap((r) => r.errors),
  };
}
