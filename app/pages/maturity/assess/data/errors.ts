import { KpiServerError } from '../../../../api/kpiServer';

/** Why a save failed, in plain words; what was typed stays in the form either way. */
export function explainSaveError(err: unknown): string {
  if (!(err instanceof KpiServerError)) {
    return err instanceof Error ? err.message : String(err);
  }
  const msg = err.message;
  switch (err.status) {
    case 0:
      return `could not reach the KPI server through Grafana (${msg}). Your answers are kept here; retry when connected.`;
    case 400:
      return `the KPI server refused the answers: ${msg}.`;
    case 403:
      return `not allowed (403): ${msg}.`;
    case 404:
      return `not found (404): ${msg}.`;
    case 409:
      return `the cycle changed (409): ${msg}.`;
    default:
      return `${msg} (${err.status === 200 ? err.code : err.status}).`;
  }
}
