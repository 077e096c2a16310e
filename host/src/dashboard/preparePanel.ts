// Everything a dashboard panel needs before it renders: its queries run, its plugin or stand-in, its processed frames.
import {
  type AnnotationEvent,
  applyFieldOverrides,
  type DataFrame,
  type GrafanaTheme2,
  type PanelPlugin,
  toDataFrame,
} from '@grafana/data';
import type { PanelStatus } from '../apiDashboard';
import { importPanelPlugin, panelPathById } from '../plugins';
import { errorMessage } from '../query/collect';
import { type PanelQueryContext, type PanelQueryRun, runPanelQueries } from '../query/panelQueries';
import { standInFor } from '../render/core/registry';
import type { StandIn, StandInView } from '../render/core/standIn';
import { fieldConfigWithDefaults, optionsWithDefaults } from '../render/panelDefaults';
import { type PanelSetup, replaceVariables } from '../render/PanelHost';
import type { Rect } from './layout';
import type { PanelJson } from './model';

export type PanelContent =
  | { kind: 'plugin'; setup: PanelSetup }
  | { kind: 'standIn'; standIn: StandIn; view?: StandInView }
  | { kind: 'unavailable' };

export interface PreparedPanel {
  panel: PanelJson;
  rect: Rect;
  contentWidth: number;
  status: PanelStatus;
  error?: string;
  run: PanelQueryRun;
  frames: DataFrame[];
  content: PanelContent;
}

export interface PrepareContext {
  query: PanelQueryContext;
  theme: GrafanaTheme2;
  annotations: AnnotationEvent[];
}

const NO_RUN: PanelQueryRun = { requests: [], frames: [], errors: [] };

/** The size PanelChrome gives its content: the box less padding, border and header (PanelChrome's getContentStyle). */
export function contentSize(rect: Rect, theme: GrafanaTheme2) {
  const padding = theme.components.panel.padding * theme.spacing.gridSize;
  const header = theme.components.panel.headerHeight * theme.spacing.gridSize;
  return { width: rect.width - 2 * padding - 2, height: rect.height - header - 2 * padding - 2 };
}

async function pluginFor(type: string): Promise<PanelPlugin | StandIn | undefined> {
  const standIn = standInFor(type);
  if (standIn) {
    return standIn;
  }
  const path = await panelPathById(type);
  return path === undefined ? undefined : importPanelPlugin(path);
}

const isStandIn = (p: PanelPlugin | StandIn): p is StandIn => 'view' in p;

export async function preparePanel(panel: PanelJson, rect: Rect, ctx: PrepareContext): Promise<PreparedPanel> {
  const size = contentSize(rect, ctx.theme);
  const base = { panel, rect, contentWidth: size.width, frames: [] };
  let found: PanelPlugin | StandIn | undefined;
  try {
    found = await pluginFor(panel.type);
  } catch (cause) {
    const error = cause instanceof Error ? cause.message : String(cause);
    return { ...base, status: 'error', error, run: NO_RUN, content: { kind: 'unavailable' } };
  }
  if (found === undefined) {
    const error = `panel type "${panel.type}" is not available in the host`;
    return { ...base, status: 'unavailable', error, run: NO_RUN, content: { kind: 'unavailable' } };
  }
  const plugin = isStandIn(found) ? found.plugin : found;
  const run = await runPanelQueries(panel, ctx.query, size.width);
  const options = optionsWithDefaults(plugin, panel.options);
  const fieldConfig = fieldConfigWithDefaults(plugin, panel.fieldConfig);
  const timeZone = ctx.query.timezone;
  const frames = applyFieldOverrides({
    data: run.frames,
    fieldConfig,
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables,
    theme: ctx.theme,
    timeZone,
  });
  const queryError = errorMessage(run.errors);
  const prepared = { ...base, run, frames, status: queryError ? 'error' : 'ok', error: queryError } as const;
  if (!isStandIn(found)) {
    const setup: PanelSetup = {
      plugin,
      frames: run.frames,
      options,
      fieldConfig,
      timeRange: ctx.query.range,
      title: panel.title ?? '',
      width: rect.width,
      height: rect.height,
      id: panel.id,
      errors: run.errors,
      ...(ctx.annotations.length === 0 ? {} : { annotations: [toDataFrame(ctx.annotations)] }),
    };
    return { ...prepared, content: { kind: 'plugin', setup } };
  }
  try {
    const input = { frames, options, fieldConfig, timeRange: ctx.query.range, timeZone, theme: ctx.theme };
    const view = found.view({ ...input, annotations: ctx.annotations });
    return { ...prepared, content: { kind: 'standIn', standIn: found, view } };
  } catch (cause) {
    const error = [queryError, cause instanceof Error ? cause.message : String(cause)].filter(Boolean).join('\n');
    return { ...prepared, status: 'error', error, content: { kind: 'standIn', standIn: found } };
  }
}
