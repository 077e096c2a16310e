// Runs a dashboard annotation through its datasource's annotation support, as Grafana's executeAnnotationQuery does.
import { lastValueFrom } from 'rxjs';
import {
  type AnnotationEvent,
  type AnnotationQuery,
  CoreApp,
  type DataQueryRequest,
  type DataSourceApi,
  DataTopic,
  rangeUtil,
  type TimeRange,
} from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { errorMessage, runCollected } from '../query/collect';
import { intervalScopedVars } from '../query/request';
import { eventsFromFrames, withRegions } from './events';

export interface AnnotationRun {
  name: string;
  datasourceUid?: string;
  events: AnnotationEvent[];
  request?: DataQueryRequest;
  error?: string;
}

/** Enabled annotations that are not the built-in "Annotations & Alerts" of Grafana's own database. */
export function runnable(annotation: AnnotationQuery): boolean {
  const ds = annotation.datasource;
  const grafana = ds?.uid === '-- Grafana --' || ds?.uid === 'grafana' || ds?.type === 'grafana';
  return annotation.enable !== false && !grafana;
}

let counter = 0;

function annotationRequest(
  ds: DataSourceApi,
  annotation: AnnotationQuery,
  range: TimeRange,
  timezone: string,
  width: number
) {
  const { interval, intervalMs } = rangeUtil.calculateInterval(range, width, ds.interval);
  const request: DataQueryRequest = {
    requestId: `AQ${counter++}`,
    app: CoreApp.Dashboard,
    range,
    rangeRaw: range.raw,
    timezone,
    interval,
    intervalMs,
    maxDataPoints: width,
    scopedVars: {
      ...intervalScopedVars(interval, intervalMs),
      __annotation: { text: annotation.name, value: annotation },
    },
    targets: [],
    startTime: Date.now(),
  };
  return request;
}

async function events(ds: DataSourceApi, saved: AnnotationQuery, range: TimeRange, timezone: string, width: number) {
  const support = ds.annotations;
  if (!support) {
    throw new Error(`${ds.type} has no annotation support (datasource.annotations)`);
  }
  const annotation: AnnotationQuery = support.prepareAnnotation ? support.prepareAnnotation(saved) : saved;
  const query = support.prepareQuery ? support.prepareQuery(annotation) : annotation.target;
  if (!query) {
    return { events: [] };
  }
  const request = annotationRequest(ds, annotation, range, timezone, width);
  request.targets = [{ ...query, refId: 'Anno' }];
  const outcome = await runCollected(() => ds.query(request));
  const failed = errorMessage(outcome.errors);
  if (failed) {
    return { events: [], request, error: failed };
  }
  const frames = outcome.frames.map((f) => ({ ...f, meta: { ...f.meta, dataTopic: DataTopic.Annotations } }));
  const found = support.processEvents
    ? ((await lastValueFrom(support.processEvents(annotation, frames), { defaultValue: [] })) ?? [])
    : eventsFromFrames(frames, annotation.mappings);
  // As Grafana's translateQueryResult: the annotation's colour and name win over the event's.
  const decorated = found.map((e) => ({
    ...e,
    color: annotation.iconColor,
    type: annotation.name,
    source: annotation,
  }));
  return { events: withRegions(decorated), request };
}

export async function runAnnotation(
  saved: AnnotationQuery,
  range: TimeRange,
  timezone: string,
  width: number
): Promise<AnnotationRun> {
  const base = { name: saved.name, datasourceUid: saved.datasource?.uid ?? undefined };
  try {
    const ds = await getDataSourceSrv().get(saved.datasource ?? null);
    return { ...base, ...(await events(ds, saved, range, timezone, width)) };
  } catch (cause) {
    return { ...base, events: [], error: cause instanceof Error ? cause.message : String(cause) };
  }
}
