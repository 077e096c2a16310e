import { type AppPluginMeta, type PluginInclude, PluginIncludeType } from '@grafana/data';

/** The panel and datasource plugins an app's plugin.json includes, in file order. */
export function includedPlugins(meta: Pick<AppPluginMeta, 'includes'>): PluginInclude[] {
  return (meta.includes ?? []).filter(
    (i) => i.type === PluginIncludeType.panel || i.type === PluginIncludeType.datasource
  );
}
