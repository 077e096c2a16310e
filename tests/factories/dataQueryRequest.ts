// A DataQueryRequest as a dashboard panel sends it, with a fixed range, interval and point budget.
import { dateTime, type DataQueryRequest } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

export function dataQueryRequest<Q extends DataQuery>(targets: Q[], overrides: Partial<DataQueryRequest<Q>> = {}) {
  const request: DataQueryRequest<Q> = {
    requestId: 'r1',
    interval: '1m',
    intervalMs: 60_000,
    maxDataPoints: 500,
    range: { from: dateTime(1000), to: dateTime(2000), raw: { from: 'now-1h', to: 'now' } },
    scopedVars: {},
    targets,
    timezone: 'utc',
    app: 'dashboard',
    startTime: 0,
  };
  return { ...request, ...overrides };
}
