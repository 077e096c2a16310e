// A DataQueryRequest as Grafana's query runner builds it for a dashboard panel.
import { CoreApp, type DataQueryRequest, rangeUtil, type ScopedVars, type TimeRange } from '@grafana/data';
import type { DataQuery, DataSourceRef } from '@grafana/schema';

export interface PanelRequestInput {
  requestId: string;
  dashboardUID: string;
  dashboardTitle: string;
  panelId: number;
  panelName: string;
  panelPluginId: string;
  targets: DataQuery[];
  /** The datasource the targets without their own ref run on. */
  datasource: DataSourceRef;
  range: TimeRange;
  timezone: string;
  /** The panel's maxDataPoints, else its width in pixels. */
  maxDataPoints: number;
  /** The panel's (interpolated) min interval, else the datasource's. */
  minInterval?: string;
}

export function intervalScopedVars(interval: string, intervalMs: number): ScopedVars {
  return {
    __interval: { text: interval, value: interval },
    __interval_ms: { text: String(intervalMs), value: intervalMs },
  };
}

export function buildPanelRequest(input: PanelRequestInput): DataQueryRequest {
  const { interval, intervalMs } = rangeUtil.calculateInterval(input.range, input.maxDataPoints, input.minInterval);
  return {
    requestId: input.requestId,
    app: CoreApp.Dashboard,
    dashboardUID: input.dashboardUID,
    dashboardTitle: input.dashboardTitle,
    panelId: input.panelId,
    panelName: input.panelName,
    panelPluginId: input.panelPluginId,
    range: input.range,
    rangeRaw: input.range.raw,
    timezone: input.timezone,
    interval,
    intervalMs,
    maxDataPoints: input.maxDataPoints,
    scopedVars: intervalScopedVars(interval, intervalMs),
    // Hidden targets go along with hide: true; the datasource drops them, as in Grafana.
    targets: input.targets.map((t) => ({ ...t, datasource: t.datasource ?? input.datasource })),
    startTime: Date.now(),
  };
}
