// Renders a panel plugin the way a dashboard does: defaults merged, field overrides applied, inside PanelChrome.
import { useMemo, useState } from 'react';
import {
  applyFieldOverrides,
  type DataFrame,
  type DataQueryError,
  dateTime,
  EventBusSrv,
  type FieldConfigSource,
  FieldType,
  type GrafanaTheme2,
  type InterpolateFunction,
  LoadingState,
  makeTimeRange,
  type PanelPlugin,
  rangeUtil,
  type TimeRange,
  toDataFrame,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { PanelChrome } from '@grafana/ui';
import type { FieldTypeName, FrameSpec, RenderPanelRequest } from '../api';
import { fieldConfigWithDefaults, optionsWithDefaults } from './panelDefaults';

const FIELD_TYPES: Record<FieldTypeName, FieldType> = {
  string: FieldType.string,
  number: FieldType.number,
  time: FieldType.time,
  boolean: FieldType.boolean,
  other: FieldType.other,
};

export function toFrame(spec: FrameSpec): DataFrame {
  const fields = spec.fields.map((f) => ({
    ...f,
    type: f.type ? FIELD_TYPES[f.type] : undefined,
    config: f.config ?? {},
  }));
  return toDataFrame({ ...spec, fields });
}

export interface PanelSetup {
  plugin: PanelPlugin;
  frames: DataFrame[];
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  timeRange: TimeRange;
  title: string;
  width: number;
  height: number;
  id?: number;
  /** Query errors: the panel gets LoadingState.Error and data.errors, as in Grafana. */
  errors?: DataQueryError[];
  /** The dashboard's annotations as Grafana hands them to panels (data.annotations). */
  annotations?: DataFrame[];
}

export function panelSetup(plugin: PanelPlugin, request: RenderPanelRequest): PanelSetup {
  const range = request.timeRange ?? { from: 'now-6h', to: 'now' };
  return {
    plugin,
    frames: request.frames.map(toFrame),
    options: optionsWithDefaults(plugin, request.options),
    fieldConfig: fieldConfigWithDefaults(plugin, request.fieldConfig),
    timeRange: rangeUtil.convertRawToRange(range, 'utc'),
    title: request.title ?? plugin.meta.name,
    width: request.width ?? 640,
    height: request.height ?? 360,
    errors: request.errors,
  };
}

export const replaceVariables: InterpolateFunction = (value, scopedVars, format) =>
  getTemplateSrv().replace(value, scopedVars, format);

export function processFrames(setup: PanelSetup, fieldConfig: FieldConfigSource, theme: GrafanaTheme2): DataFrame[] {
  const { frames, plugin } = setup;
  return applyFieldOverrides({
    data: frames,
    fieldConfig,
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables,
    theme,
    timeZone: 'utc',
  });
}

interface PluginPanelProps {
  setup: PanelSetup;
  theme: GrafanaTheme2;
  width: number;
  height: number;
}

/** The plugin's panel component with Grafana's PanelProps; option and time changes re-render it. */
export function PluginPanel({ setup, theme, width, height }: PluginPanelProps) {
  const [options, setOptions] = useState(setup.options);
  const [fieldConfig, setFieldConfig] = useState(setup.fieldConfig);
  const [timeRange, setTimeRange] = useState(setup.timeRange);
  const [eventBus] = useState(() => new EventBusSrv());
  // Like Grafana's renderCounter: bumped whenever the panel gets new options, field config or time range.
  const [renderCounter, setRenderCounter] = useState(1);
  const bump = () => setRenderCounter((n) => n + 1);
  const series = useMemo(() => processFrames(setup, fieldConfig, theme), [setup, fieldConfig, theme]);
  const Panel = setup.plugin.panel;
  if (!Panel) {
    throw new Error(`${setup.plugin.meta.id} has no panel component`);
  }
  const failed = setup.errors && setup.errors.length > 0;
  return (
    <Panel
      id={setup.id ?? 1}
      data={{
        state: failed ? LoadingState.Error : LoadingState.Done,
        series,
        timeRange,
        errors: setup.errors,
        ...(setup.annotations === undefined ? {} : { annotations: setup.annotations }),
      }}
      timeRange={timeRange}
      timeZone="utc"
      options={options}
      fieldConfig={fieldConfig}
      transparent={false}
      width={width}
      height={height}
      renderCounter={renderCounter}
      title={setup.title}
      eventBus={eventBus}
      onOptionsChange={(next) => {
        setOptions(next);
        bump();
      }}
      onFieldConfigChange={(next) => {
        setFieldConfig(next);
        bump();
      }}
      replaceVariables={replaceVariables}
      onChangeTimeRange={(range) => {
        setTimeRange(makeTimeRange(dateTime(range.from), dateTime(range.to)));
        bump();
      }}
    />
  );
}

export function PanelHost({ setup, theme }: { setup: PanelSetup; theme: GrafanaTheme2 }) {
  return (
    <div data-testid="host-panel" data-plugin-id={setup.plugin.meta.id}>
      <PanelChrome width={setup.width} height={setup.height} title={setup.title}>
        {(width, height) => <PluginPanel setup={setup} theme={theme} width={width} height={height} />}
      </PanelChrome>
    </div>
  );
}
