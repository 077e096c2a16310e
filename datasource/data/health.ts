import { type TestDataSourceResponse } from '@grafana/data';
import { type HealthResponse } from '../types';

/** Turns the KPI server's health answer into Grafana's "Save & test" result. */
export function healthToTestResult(health: HealthResponse): TestDataSourceResponse {
  const where =
    health.version === undefined ? 'KPI server' : `KPI server ${health.version} (store: ${health.store?.kind ?? '?'})`;
  if (health.status !== 'ok') {
    return { status: 'error', message: `${where} reports status "${health.status}"` };
  }
  if (!health.role) {
    return { status: 'error', message: `${where} answered, but no API token reached it: set the API token` };
  }
  return { status: 'success', message: `Connected to ${where} with role ${health.role}` };
}
