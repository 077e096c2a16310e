// window.host.renderDashboard: a provisioned dashboard with its variables, annotations and every panel's queries.
import { rangeUtil } from '@grafana/data';
import type { DashboardRenderResult, RenderDashboardRequest } from '../apiDashboard';
import { runAnnotation, runnable } from '../annotations/run';
import { DashboardView } from '../render/dashboard/DashboardView';
import { hostTheme, mount } from '../render/HostRoot';
import { hostTemplateSrv } from '../services/templateSrv';
import { initVariables } from '../templating/initVariables';
import { layoutDashboard } from './layout';
import { loadDashboard } from './model';
import { preparePanel } from './preparePanel';
import { summariseEvent, summarisePanel, summariseRequest, summariseVariable } from './summary';

export const DEFAULT_WIDTH = 1280;

/** `timezone` overrides the dashboard's, as Grafana's ?timezone= does. */
export async function prepareDashboard(request: RenderDashboardRequest, timezoneOverride?: string) {
  const { dashboard } = await loadDashboard(request.uid);
  const theme = hostTheme(request.theme);
  const timezone = timezoneOverride || dashboard.timezone || 'browser';
  const raw = request.timeRange ?? dashboard.time ?? { from: 'now-6h', to: 'now' };
  const range = rangeUtil.convertRawToRange(raw, timezone);
  const width = request.width ?? DEFAULT_WIDTH;
  const uid = dashboard.uid ?? request.uid;
  const title = dashboard.title ?? uid;
  hostTemplateSrv.setDashboard({ uid, title, timezone, range });
  await initVariables(dashboard.templating?.list ?? [], request.variables ?? {}, hostTemplateSrv, range);
  const annotations = await Promise.all(
    (dashboard.annotations?.list ?? []).filter(runnable).map((a) => runAnnotation(a, range, timezone, width))
  );
  const layout = layoutDashboard(dashboard.panels ?? [], width);
  const query = { dashboardUID: uid, dashboardTitle: title, range, timezone };
  const events = annotations.flatMap((a) => a.events);
  const panels = await Promise.all(
    layout.items.flatMap((item) =>
      item.kind === 'panel' ? [preparePanel(item.panel, item.rect, { query, theme, annotations: events })] : []
    )
  );
  const variables = hostTemplateSrv.variableStates();
  return { uid, title, theme, range, timezone, width, layout, panels, variables, annotations };
}

export async function renderDashboard(request: RenderDashboardRequest): Promise<DashboardRenderResult> {
  const prepared = await prepareDashboard(request);
  const { uid, title, theme, range, width, layout, panels, variables, annotations } = prepared;
  await mount(
    theme,
    <DashboardView
      title={title}
      width={width}
      layout={layout}
      panels={panels}
      variables={variables}
      annotations={annotations}
    />
  );
  return {
    uid,
    title,
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    panels: panels.map(summarisePanel),
    variables: Object.fromEntries(variables.map((v) => [v.json.name, summariseVariable(v)])),
    annotations: annotations.map((a) => ({
      name: a.name,
      datasourceUid: a.datasourceUid,
      status: a.error ? 'error' : 'ok',
      error: a.error,
      request: a.request ? summariseRequest(a.request) : undefined,
      events: a.events.map(summariseEvent),
    })),
    skippedPanels: layout.skipped,
  };
}
