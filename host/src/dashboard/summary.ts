// The render result as plain JSON for specs: frames, requests, variables and annotation events.
import {
  type AnnotationEvent,
  type DataFrame,
  type DataQueryRequest,
  getFieldDisplayName,
  type ScopedVars,
} from '@grafana/data';
import type {
  AnnotationEventSummary,
  FrameSummary,
  PanelRenderResult,
  RequestSummary,
  VariableRenderResult,
} from '../apiDashboard';
import type { VariableState } from '../templating/variables';
import type { PreparedPanel } from './preparePanel';

const MAX_VALUES = 100;

// Plain data only: a round trip through JSON drops functions and turns dates into strings.
const plain = <T>(value: T): unknown => JSON.parse(JSON.stringify(value ?? null));
const record = (value: unknown): Record<string, unknown> => {
  const copy = plain(value);
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy)
    ? Object.fromEntries(Object.entries(copy))
    : {};
};

export function summariseFrames(frames: DataFrame[]): FrameSummary[] {
  return frames.map((frame) => ({
    name: frame.name,
    refId: frame.refId,
    meta: frame.meta ? record(frame.meta) : undefined,
    length: frame.length,
    fields: frame.fields.map((field) => ({
      name: field.name,
      type: field.type,
      displayName: getFieldDisplayName(field, frame, frames),
      valueCount: field.values.length,
      values: field.values.slice(0, MAX_VALUES).map((v: unknown) => plain(v)),
      config: record(field.config),
    })),
  }));
}

function scoped(vars: ScopedVars): Record<string, unknown> {
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v ? { text: v.text, value: plain(v.value) } : v]));
}

export function summariseRequest(request: DataQueryRequest): RequestSummary {
  return {
    requestId: request.requestId,
    targets: request.targets.map(record),
    interval: request.interval,
    intervalMs: request.intervalMs,
    maxDataPoints: request.maxDataPoints,
    range: {
      from: request.range.from.toISOString(),
      to: request.range.to.toISOString(),
      raw: { from: String(plain(request.range.raw.from)), to: String(plain(request.range.raw.to)) },
    },
    scopedVars: scoped(request.scopedVars),
    timezone: request.timezone,
    app: request.app,
    dashboardUID: request.dashboardUID,
    panelId: request.panelId,
  };
}

export function summarisePanel(p: PreparedPanel): PanelRenderResult {
  const requests = p.run.requests.map(summariseRequest);
  return {
    id: p.panel.id ?? 0,
    title: p.panel.title ?? '',
    type: p.panel.type,
    status: p.status,
    error: p.error,
    request: requests[0],
    requests,
    frames: summariseFrames(p.frames),
    rect: p.rect,
    contentWidth: p.contentWidth,
  };
}

export function summariseVariable(state: VariableState): VariableRenderResult {
  return {
    type: state.json.type,
    value: state.current.value,
    text: state.current.text,
    optionCount: state.options.length,
    options: state.options.map((o) => o.value),
    error: state.error,
  };
}

export function summariseEvent(e: AnnotationEvent): AnnotationEventSummary {
  return {
    time: e.time,
    timeEnd: e.timeEnd,
    isRegion: e.isRegion ?? false,
    title: e.title,
    text: e.text,
    tags: e.tags ?? [],
    id: e.id,
    color: e.color,
  };
}
