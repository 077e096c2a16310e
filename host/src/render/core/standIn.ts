// A stand-in for a Grafana core panel: its field config (for applyFieldOverrides) and a view prepared before rendering.
import type { ReactNode } from 'react';
import {
  type AnnotationEvent,
  type DataFrame,
  type FieldConfigPropertyItem,
  type FieldConfigSource,
  type GrafanaTheme2,
  identityOverrideProcessor,
  PluginType,
  PanelPlugin,
  type SetFieldConfigOptionsArgs,
  type TimeRange,
} from '@grafana/data';

export interface StandInInput {
  frames: DataFrame[];
  options: Record<string, unknown>;
  timeRange: TimeRange;
  timeZone: string;
  annotations: AnnotationEvent[];
  fieldConfig: FieldConfigSource;
  theme: GrafanaTheme2;
}

/** Renders at the panel's content size; making it may throw, which the dashboard reports as the panel's error. */
export type StandInView = (width: number, height: number) => ReactNode;

export interface StandIn {
  /** The Grafana core panel id it stands in for. */
  id: string;
  name: string;
  plugin: PanelPlugin;
  view: (input: StandInInput) => StandInView;
}

const NoPanel = () => null;
const NoEditor = () => null;

/** A panel plugin with the standard field options (some with the panel's own defaults) and custom ones. */
export function standInPlugin(
  id: string,
  name: string,
  custom: Record<string, unknown> = {},
  standardOptions: SetFieldConfigOptionsArgs['standardOptions'] = {}
): PanelPlugin {
  const config: SetFieldConfigOptionsArgs = {
    standardOptions,
    useCustomConfig: (builder) => {
      for (const [path, defaultValue] of Object.entries(custom)) {
        const item: FieldConfigPropertyItem = {
          id: `custom.${path}`,
          path,
          name: path,
          editor: NoEditor,
          override: NoEditor,
          process: identityOverrideProcessor,
          shouldApply: () => true,
          defaultValue,
        };
        builder.addCustomEditor(item);
      }
    },
  };
  const plugin = new PanelPlugin(NoPanel).useFieldConfig(config);
  plugin.meta = {
    id,
    name,
    type: PluginType.panel,
    sort: 100,
    module: `core:plugin/${id}`,
    baseUrl: '',
    info: standInInfo,
  };
  return plugin;
}

const standInInfo = {
  author: { name: 'scorecard host' },
  description: 'host stand-in',
  links: [],
  logos: { large: '', small: '' },
  screenshots: [],
  updated: '',
  version: '',
};
