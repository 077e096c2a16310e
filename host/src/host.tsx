// window.host: what the browser specs (and the preview) do with the built plugins.
import { type DataSourceSettings, getFieldDisplayName } from '@grafana/data';
import { getBackendSrv, getDataSourceSrv, locationService } from '@grafana/runtime';
import { loadAmdModule } from './amd';
import type { HostApi, RenderAppRequest, RenderDatasourceRequest, RenderPanelRequest } from './api';
import { renderDashboard } from './dashboard/renderDashboard';
import { APP_ID, importAppPlugin, importPanelPlugin, inspectModule } from './plugins';
import { AppHost, GrafanaRouter } from './render/AppHost';
import { DatasourceSettingsPage } from './render/DatasourceSettings';
import { recorded } from './render/editors/recorder';
import { renderAnnotationEditor, renderQueryEditor, renderVariableEditor } from './render/editors/renderEditors';
import { hostTheme, mount, unmount } from './render/HostRoot';
import { PanelHost, panelSetup, processFrames } from './render/PanelHost';
import { signIn } from './services/user';
import { sharedModules } from './shared';

async function loadModuleUrl(url: string) {
  const { deps, exports } = await loadAmdModule(url);
  const shown = (value: unknown) =>
    typeof value === 'object' || typeof value === 'function' ? typeof value : String(value);
  return { deps, exports: Object.fromEntries(Object.entries(exports).map(([k, v]) => [k, shown(v)])) };
}

async function renderPanel(request: RenderPanelRequest) {
  const plugin = await importPanelPlugin(request.plugin);
  const theme = hostTheme(request.theme);
  const setup = panelSetup(plugin, request);
  await mount(theme, <PanelHost setup={setup} theme={theme} />);
  const series = processFrames(setup, setup.fieldConfig, theme);
  const fields = series.map((frame) => frame.fields.map((field) => getFieldDisplayName(field, frame, series)));
  return { pluginId: plugin.meta.id, options: setup.options, fields };
}

async function renderApp(request: RenderAppRequest = {}) {
  const plugin = await importAppPlugin(request.moduleUrl);
  locationService.push(request.path ?? `/a/${APP_ID}`);
  await mount(
    hostTheme(request.theme),
    <GrafanaRouter>
      <AppHost plugin={plugin} />
    </GrafanaRouter>
  );
}

async function renderDatasourceSettings({ uid, theme }: RenderDatasourceRequest) {
  const settings = await getBackendSrv().get<DataSourceSettings>(`api/datasources/uid/${uid}`);
  const datasource = await getDataSourceSrv().get(uid);
  const ConfigEditor = datasource.components?.ConfigEditor;
  if (!ConfigEditor) {
    throw new Error(`${datasource.type} has no ConfigEditor`);
  }
  const result = await datasource.testDatasource();
  await mount(
    hostTheme(theme),
    <DatasourceSettingsPage settings={settings} ConfigEditor={ConfigEditor} result={result} />
  );
  return result;
}

export const host: HostApi = {
  inspectModule,
  loadModuleUrl,
  renderPanel,
  renderApp,
  navigate: (path) => locationService.push(path),
  createDatasource: (uid) => getDataSourceSrv().get(uid),
  renderDatasourceSettings,
  sharedModuleNames: () => Object.keys(sharedModules),
  renderDashboard,
  renderQueryEditor,
  queryEditorState: () => structuredClone(recorded.query),
  renderVariableEditor,
  variableEditorState: () => structuredClone(recorded.variable),
  renderAnnotationEditor,
  annotationEditorState: () => structuredClone(recorded.annotation),
  clear: unmount,
  signIn,
};
