// Imports built plugins from dist/ the way Grafana's plugin loader does: module.js + its meta from the server.
import {
  AppPlugin,
  type DataSourceApi,
  type AppPluginMeta,
  DataSourcePlugin,
  type DataSourcePluginMeta,
  PanelPlugin,
  type PanelPluginMeta,
  type PluginMeta,
} from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { type LoadedModule, loadAmdModule } from './amd';
import type { ModuleInfo, PluginClassName } from './api';

export const APP_ID = 'scorecard-suite-app';
export const PLUGIN_BASE = `public/plugins/${APP_ID}`;

let metas: Promise<PluginMeta[]> | undefined;

/** Meta of the plugin whose module lives at <dist>/<path>/module.js ('' is the app). */
export async function pluginMeta(path: string): Promise<PluginMeta> {
  metas ??= getBackendSrv().get<PluginMeta[]>('api/plugins');
  const module = `${PLUGIN_BASE}/${path ? `${path}/` : ''}module.js`;
  const meta = (await metas).find((m) => m.module === module);
  if (!meta) {
    throw new Error(`No plugin.json for ${module} in dist/ (is the plugin built?)`);
  }
  return meta;
}

/** The dist/ path of a panel plugin by id; undefined when no built panel has that id. */
export async function panelPathById(id: string): Promise<string | undefined> {
  metas ??= getBackendSrv().get<PluginMeta[]>('api/plugins');
  const meta = (await metas).find((m) => m.id === id && m.type === 'panel' && m.module.startsWith(`${PLUGIN_BASE}/`));
  return meta?.module.slice(PLUGIN_BASE.length + 1).replace(/\/?module\.js$/, '');
}

function exported(module: LoadedModule): unknown {
  if (!('plugin' in module.exports)) {
    throw new Error(`${module.url} does not export "plugin"`);
  }
  return module.exports.plugin;
}

// A plugin object from a second copy of @grafana/data fails instanceof; recognise it by its methods.
function className(plugin: unknown): PluginClassName {
  const has = (method: string) => typeof plugin === 'object' && plugin !== null && method in plugin;
  if (plugin instanceof PanelPlugin || has('setPanelOptions')) {
    return 'PanelPlugin';
  }
  if (plugin instanceof DataSourcePlugin || has('setQueryEditor')) {
    return 'DataSourcePlugin';
  }
  return plugin instanceof AppPlugin || has('setRootPage') ? 'AppPlugin' : 'other';
}

export async function inspectModule(path: string): Promise<ModuleInfo> {
  const meta = await pluginMeta(path);
  const module = await loadAmdModule(meta.module);
  const plugin = exported(module);
  const hostClass = plugin instanceof PanelPlugin || plugin instanceof AppPlugin || plugin instanceof DataSourcePlugin;
  return { url: module.url, deps: module.deps, pluginClass: className(plugin), hostClass };
}

export async function importPanelPlugin(path: string): Promise<PanelPlugin> {
  const meta = await pluginMeta(path);
  const plugin = exported(await loadAmdModule(meta.module));
  if (!(plugin instanceof PanelPlugin)) {
    throw new Error(`${meta.module}: "plugin" is not a PanelPlugin of the host's @grafana/data`);
  }
  const panelMeta: PanelPluginMeta = { sort: 100, ...meta };
  plugin.meta = panelMeta;
  return plugin;
}

/** Grafana gives an app its settings (jsonData, which secrets are set, enabled) in its meta, as the config page reads them. */
async function appMeta(meta: PluginMeta): Promise<PluginMeta> {
  const settings: Partial<PluginMeta> = await getBackendSrv()
    .get<Partial<PluginMeta>>(`api/plugins/${meta.id}/settings`)
    .catch(() => ({}));
  const { jsonData, secureJsonFields, enabled, pinned } = settings;
  return {
    ...meta,
    ...(jsonData === undefined ? {} : { jsonData }),
    ...(secureJsonFields === undefined ? {} : { secureJsonFields }),
    ...(enabled === undefined ? {} : { enabled }),
    ...(pinned === undefined ? {} : { pinned }),
  };
}

export async function importAppPlugin(moduleUrl?: string): Promise<AppPlugin> {
  const meta: AppPluginMeta = await appMeta(await pluginMeta(''));
  const plugin = exported(await loadAmdModule(moduleUrl ?? meta.module));
  if (!(plugin instanceof AppPlugin)) {
    throw new Error(`${meta.module}: "plugin" is not an AppPlugin of the host's @grafana/data`);
  }
  plugin.init(meta);
  plugin.meta = meta;
  return plugin;
}

export async function importDataSourcePlugin(meta: DataSourcePluginMeta): Promise<DataSourcePlugin<DataSourceApi>> {
  const plugin = exported(await loadAmdModule(meta.module));
  if (!(plugin instanceof DataSourcePlugin)) {
    throw new Error(`${meta.module}: "plugin" is not a DataSourcePlugin of the host's @grafana/data`);
  }
  plugin.meta = meta;
  return plugin;
}
