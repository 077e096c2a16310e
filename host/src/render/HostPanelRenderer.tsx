// Grafana's PanelRenderer for app pages: the host's core stand-ins (timeseries, nodeGraph, table, stat, text).
import { applyFieldOverrides, type FieldConfigSource, getDefaultTimeRange } from '@grafana/data';
import type { PanelRendererProps } from '@grafana/runtime';
import { Alert, useTheme2 } from '@grafana/ui';
import { eventsFromFrames, withRegions } from '../annotations/events';
import { standInFor } from './core/registry';

const NO_FIELD_CONFIG: FieldConfigSource = { defaults: {}, overrides: [] };

export function HostPanelRenderer(props: PanelRendererProps) {
  const theme = useTheme2();
  const standIn = standInFor(props.pluginId);
  if (standIn === undefined) {
    return <Alert title={`panel type "${props.pluginId}" is not available in the host`} severity="info" />;
  }
  const fieldConfig: FieldConfigSource = { ...NO_FIELD_CONFIG, ...props.fieldConfig };
  const timeZone = props.timeZone ?? 'browser';
  const frames = applyFieldOverrides({
    data: props.data?.series ?? [],
    fieldConfig,
    fieldConfigRegistry: standIn.plugin.fieldConfigRegistry,
    replaceVariables: (value: string) => value,
    theme,
    timeZone,
  });
  const view = standIn.view({
    frames,
    options: { ...props.options },
    timeRange: props.data?.timeRange ?? getDefaultTimeRange(),
    timeZone,
    annotations: withRegions(eventsFromFrames(props.data?.annotations ?? [])),
    fieldConfig,
    theme,
  });
  return <div style={{ width: props.width, height: props.height }}>{view(props.width, props.height)}</div>;
}
