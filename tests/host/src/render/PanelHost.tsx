// Renders a panel plugin the way a dashboard does: defaults merged, field overrides applied, inside PanelChrome.
import { useMemo, useState } from 'react';
import { mergeWith } from 'lodash';
import {
  applyFieldOverrides,
  type DataFrame,
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

// Saved values win over plugin defaults; arrays are replaced, not merged (as Grafana's PanelModel does).
function withDefaults<T extends object>(defaults: T, saved: object | undefined): T {
  return mergeWith({}, defaults, saved, (_: unknown, src: unknown) => (Array.isArray(src) ? src : undefined));
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
}

export function panelSetup(plugin: PanelPlugin, request: RenderPanelRequest): PanelSetup {
  const defaults = plugin.fieldConfigDefaults;
  const range = request.timeRange ?? { from: 'now-6h', to: 'now' };
  return {
    plugin,
    frames: request.frames.map(toFrame),
    options: withDefaults({ ...plugin.defaults }, request.options),
    fieldConfig: {
      defaults: withDefaults(defaults.defaults, request.fieldConfig?.defaults),
      overrides: request.fieldConfig?.overrides ?? defaults.overrides,
    },
    timeRange: rangeUtil.convertRawToRange(range, 'utc'),
    title: request.title ?? plugin.meta.name,
    width: request.width ?? 640,
    height: request.height ?? 360,
  };
}

const replaceVariables: InterpolateFunction = (value, scopedVars) => getTemplateSrv().replace(value, scopedVars);

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

export function PanelHost({ setup, theme }: { setup: PanelSetup; theme: GrafanaTheme2 }) {
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
  return (
    <div data-testid="host-panel" data-plugin-id={setup.plugin.meta.id}>
      <PanelChrome width={setup.width} height={setup.height} title={setup.title}>
        {(width, height) => (
          <Panel
            id={1}
            data={{ state: LoadingState.Done, series, timeRange }}
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
        )}
      </PanelChrome>
    </div>
  );
}
