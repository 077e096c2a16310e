// A dashboard as GET /api/dashboards/uid/<uid> answers, typed with @grafana/schema's dashboard model.
import type { FieldConfigSource } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import type { AnnotationQuery, Dashboard, DataQuery, Panel, RowPanel } from '@grafana/schema';
import type { VariableJson } from '../templating/variables';

/** A panel whose field config is @grafana/data's (what applyFieldOverrides takes), not the schema's copy. */
export interface PanelJson extends Omit<Panel, 'fieldConfig'> {
  fieldConfig?: FieldConfigSource;
}

export interface RowJson extends Omit<RowPanel, 'panels'> {
  panels: PanelJson[];
}

export interface DashboardJson extends Omit<Dashboard, 'templating' | 'panels' | 'annotations'> {
  panels?: Array<PanelJson | RowJson>;
  templating?: { list?: VariableJson[] };
  annotations?: { list?: AnnotationQuery[] };
}

export interface DashboardResponse {
  dashboard: DashboardJson;
  meta: Record<string, unknown>;
}

export interface DashboardHit {
  uid: string;
  title: string;
  tags: string[];
  url: string;
}

export const isRow = (panel: PanelJson | RowJson): panel is RowJson => panel.type === 'row';

export function loadDashboard(uid: string): Promise<DashboardResponse> {
  return getBackendSrv().get<DashboardResponse>(`api/dashboards/uid/${encodeURIComponent(uid)}`);
}

export function searchDashboards(): Promise<DashboardHit[]> {
  return getBackendSrv().get<DashboardHit[]>('api/search', { type: 'dash-db' });
}

/** A panel's saved targets as queries (the schema keeps them as plain records). */
export function panelTargets(panel: PanelJson): DataQuery[] {
  return (panel.targets ?? []).map((t, i) => ({
    ...t,
    refId: typeof t.refId === 'string' ? t.refId : String.fromCharCode(65 + i),
  }));
}
