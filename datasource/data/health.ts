import { type TestDataSourceResponse } from '@grafana/data';
import { type HealthResponse } from '../types';

/** Turns the KPI server's health answer into Grafana's "Save & test" result. */
export function healthToTestResult(health: HealthResponse): TestDataSourceResponse {
  const where = `KPI server ${health.version} (store: ${health.store.kind})`;
  if (health.status !== 'ok') {
    return { status: 'error', message: `${where} reports status "${health.status}"` };
  }
  if (!health.role) {
    return { status: 'error', message: `${where} answered, but no API token reached it: set the API token` };
  }
  return { status: 'success', message: `Connected to ${where} with role ${health.role}` };
}

interface ErrorLike {
  status?: number;
  statusText?: string;
  message?: string;
  data?: { error?: { message?: string }; message?: string };
}

/** A readable reason from a failed request through Grafana's proxy. */
export function describeFetchError(err: unknown): string {
  if (typeof err !== 'object' || err === null) {
    return String(err);
  }
  const e: ErrorLike = err;
  const detail = e.data?.error?.message ?? e.data?.message ?? e.message ?? e.statusText ?? 'request failed';
  if (e.status === 401) {
    return `The KPI server rejected the API token (401): ${detail}`;
  }
  if (e.status === 502 || e.status === 504) {
    return `Grafana could not reach the KPI server (${e.status}): check the server URL. ${detail}`;
  }
  return e.status ? `KPI server error ${e.status}: ${detail}` : detail;
}
