import { KpiServerError } from '../../../api/kpiServer';

/** A failed call in plain words, for the place on the page where it happened. */
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
      return `Out of date (409): ${msg}. The list has been reloaded; look again before deciding.`;
    case 423:
      return `Frozen (423): a freeze window covers this resource (${msg}). Decide after the window ends.`;
    default:
      return `${msg} (${err.status === 200 ? err.code : err.status})`;
  }
}

/** "12 s ago", "5 min ago", "3 h ago", "2 d ago"; a time in the future counts as now. */
export function ageOf(iso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)} min ago`;
  }
  if (seconds < 86400) {
    return `${Math.floor(seconds / 3600)} h ago`;
  }
  return `${Math.floor(seconds / 86400)} d ago`;
}
