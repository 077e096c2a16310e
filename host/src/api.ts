// The typed API the host page exposes on window.host; specs drive it through page.evaluate.
import type { DataSourceApi, FieldConfigSource, TestDataSourceResponse } from '@grafana/data';
import type { DashboardRenderResult, RenderDashboardRequest } from './apiDashboard';
import type {
  AnnotationEditorState,
  QueryEditorState,
  RenderAnnotationEditorRequest,
  RenderQueryEditorRequest,
  RenderVariableEditorRequest,
  VariableEditorState,
} from './apiEditors';

export type ThemeMode = 'light' | 'dark';

/** A Grafana user to act as: the host's proxies check `role` and send `login` as X-Grafana-User. */
export interface SignInRequest {
  login: string;
  role: 'Viewer' | 'Editor' | 'Admin';
}
export type FieldTypeName = 'string' | 'number' | 'time' | 'boolean' | 'other';

/** A data frame as plain JSON, so specs can pass it into the page. */
export interface FrameSpec {
  name?: string;
  refId?: string;
  fields: Array<{ name: string; type?: FieldTypeName; values: unknown[]; config?: Record<string, unknown> }>;
  meta?: Record<string, unknown>;
}

export interface RenderPanelRequest {
  /** Path of the nested plugin under dist/, e.g. 'panels/balanced-scorecard'. */
  plugin: string;
  frames: FrameSpec[];
  options?: Record<string, unknown>;
  fieldConfig?: Partial<FieldConfigSource>;
  width?: number;
  height?: number;
  theme?: ThemeMode;
  title?: string;
  timeRange?: { from: string; to: string };
  /** Query errors: the panel gets LoadingState.Error and these as data.errors. */
  errors?: Array<{ message: string }>;
}

export interface PanelRenderInfo {
  pluginId: string;
  options: Record<string, unknown>;
  /** Display names of the processed fields, per frame. */
  fields: string[][];
}

export interface RenderAppRequest {
  path?: string;
  theme?: ThemeMode;
  /** Another AMD module URL to use as the app's module.js (loader fixtures); the meta stays the app's. */
  moduleUrl?: string;
}

export interface RenderDatasourceRequest {
  uid: string;
  theme?: ThemeMode;
}

export type PluginClassName = 'PanelPlugin' | 'AppPlugin' | 'DataSourcePlugin' | 'other';

export interface ModuleInfo {
  url: string;
  deps: string[];
  pluginClass: PluginClassName;
  /** True when the exported plugin is an instance of the host's own @grafana/data class. */
  hostClass: boolean;
}

export interface HostApi {
  /** Module paths under dist/ (no extension): '' for the app, 'panels/x', 'datasource'. */
  inspectModule(path: string): Promise<ModuleInfo>;
  /** Loads any AMD module by URL (fixtures): its deps, and its exports as strings (objects as their typeof). */
  loadModuleUrl(url: string): Promise<{ deps: string[]; exports: Record<string, string> }>;
  renderPanel(request: RenderPanelRequest): Promise<PanelRenderInfo>;
  renderApp(request?: RenderAppRequest): Promise<void>;
  navigate(path: string): void;
  /** The provisioned datasource's instance, built by DataSourceSrv from dist/ like Grafana does. */
  createDatasource(uid: string): Promise<DataSourceApi>;
  /** Renders its ConfigEditor with the saved settings and the testDatasource() result; resolves with that result. */
  renderDatasourceSettings(request: RenderDatasourceRequest): Promise<TestDataSourceResponse>;
  sharedModuleNames(): string[];
  /** A provisioned dashboard (GET /api/dashboards/uid/<uid>) with variables, annotations and every panel's queries. */
  renderDashboard(request: RenderDashboardRequest): Promise<DashboardRenderResult>;
  /** The datasource's components.QueryEditor with Grafana's props; changes and runs are recorded. */
  renderQueryEditor(request: RenderQueryEditorRequest): Promise<void>;
  queryEditorState(): QueryEditorState;
  /** The datasource's CustomVariableSupport editor (ds.variables.editor). */
  renderVariableEditor(request: RenderVariableEditorRequest): Promise<void>;
  variableEditorState(): VariableEditorState;
  /** ds.annotations.QueryEditor (else components.QueryEditor) with annotation and onAnnotationChange. */
  renderAnnotationEditor(request: RenderAnnotationEditorRequest): Promise<void>;
  annotationEditorState(): AnnotationEditorState;
  clear(): void;
  /**
   * Signs the user in for the following requests (cookie `host_user`) and updates config.bootData.user; render
   * or load the page again for components to see the new user. Resolves with the user as the host keeps it.
   */
  signIn(request: SignInRequest): { login: string; name: string; orgRole: string; isGrafanaAdmin: boolean };
}

declare global {
  interface Window {
    host: HostApi;
    hostReady: Promise<void>;
  }
}
