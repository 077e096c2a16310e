import { KpiServerError } from './kpiServer';

/** A failed call to the KPI server in plain words, for the place on the page where it happened. */
export function explainError(err: unknown): string {
  if (!(err instanceof KpiServerError)) {
    return err instanceof Error ? err.message : String(err);
  }
  const msg = err.message;
  switch (err.status) {
    case 0:
      return `Could not reach the KPI server through Grafana: ${msg}`;
    case 403:
      return msg.startsWith('four-eyes') ? `Refused by four-eyes (403): ${msg}` : `Not allowed (403): ${msg}`;
    case 404:
      return `Not found (404): ${msg}`;
    case 409:
      return `Refused (409): ${msg}`;
    case 423:
      return `Frozen (423): a freeze window covers this resource (${msg}).`;
    default:
      return `${msg} (${err.status === 200 ? err.code : err.status})`;
  }
}
