// A panel's saved options and field config merged over its plugin's defaults, as Grafana's PanelModel does.
import { mergeWith } from 'lodash';
import type { FieldConfigSource, PanelPlugin } from '@grafana/data';

// Saved values win over plugin defaults; arrays are replaced, not merged.
export function withDefaults<T extends object>(defaults: T, saved: object | undefined): T {
  return mergeWith({}, defaults, saved, (_: unknown, src: unknown) => (Array.isArray(src) ? src : undefined));
}

export function optionsWithDefaults(plugin: PanelPlugin, saved: object | undefined): Record<string, unknown> {
  return withDefaults({ ...plugin.defaults }, saved);
}

export function fieldConfigWithDefaults(
  plugin: PanelPlugin,
  saved: Partial<FieldConfigSource> | undefined
): FieldConfigSource {
  const defaults = plugin.fieldConfigDefaults;
  return {
    defaults: withDefaults(defaults.defaults, saved?.defaults),
    overrides: saved?.overrides ?? defaults.overrides,
  };
}
