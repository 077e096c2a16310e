// Types of window.host.renderDashboard: what a spec asks for and the plain-JSON result per panel, variable and annotation.
import type { ThemeMode } from './api';

export interface RenderDashboardRequest {
  uid: string;
  theme?: ThemeMode;
  /** Page width in pixels for Grafana's 24-column grid; default 1280. */
  width?: number;
  /** Overrides the dashboard's saved time range, e.g. {from: 'now-7d', to: 'now'}. */
  timeRange?: { from: string; to: string };
  /** Overrides variables' current values, as ?var-name=… does in Grafana; '$__all' selects All. */
  variables?: Record<string, string | string[]>;
}

export interface FieldSummary {
  name: string;
  type: string;
  /** After the panel's field config (applyFieldOverrides), as the panel shows it. */
  displayName: string;
  valueCount: number;
  /** The first 100 values. */
  values: unknown[];
  config: Record<string, unknown>;
}

export interface FrameSummary {
  name?: string;
  refId?: string;
  meta?: Record<string, unknown>;
  length: number;
  fields: FieldSummary[];
}

export interface RequestSummary {
  requestId: string;
  targets: Array<Record<string, unknown>>;
  interval: string;
  intervalMs: number;
  maxDataPoints?: number;
  range: { from: string; to: string; raw: { from: string; to: string } };
  scopedVars: Record<string, unknown>;
  timezone: string;
  app: string;
  dashboardUID?: string;
  panelId?: number;
}

export type PanelStatus = 'ok' | 'error' | 'unavailable';

export interface PanelRenderResult {
  id: number;
  title: string;
  type: string;
  status: PanelStatus;
  error?: string;
  /** The first request sent (a "-- Mixed --" panel sends one per datasource, all in requests). */
  request?: RequestSummary;
  requests: RequestSummary[];
  frames: FrameSummary[];
  /** Pixel box in the grid, and the content width maxDataPoints comes from. */
  rect: { left: number; top: number; width: number; height: number };
  contentWidth: number;
}

export interface VariableRenderResult {
  type: string;
  value: string | string[];
  text: string | string[];
  optionCount: number;
  options: string[];
  error?: string;
}

export interface AnnotationEventSummary {
  time?: number;
  timeEnd?: number;
  isRegion: boolean;
  title?: string;
  text?: string;
  tags: string[];
  id?: string;
  color?: string;
}

export interface AnnotationRenderResult {
  name: string;
  datasourceUid?: string;
  status: 'ok' | 'error';
  error?: string;
  request?: RequestSummary;
  events: AnnotationEventSummary[];
}

export interface DashboardRenderResult {
  uid: string;
  title: string;
  range: { from: string; to: string };
  panels: PanelRenderResult[];
  variables: Record<string, VariableRenderResult>;
  annotations: AnnotationRenderResult[];
  /** Panels in collapsed rows, not rendered (as in Grafana until the row is opened). */
  skippedPanels: Array<{ id?: number; title?: string; row?: string }>;
}
