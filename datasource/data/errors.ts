/** A readable error for a status the KPI server (or Grafana's proxy in front of it) answered. */
export function describeStatus(status: number | undefined, detail: string): string {
  switch (status) {
    case undefined:
    case 0:
      return detail;
    case 400:
      return `Invalid query (400): ${detail}`;
    case 401:
      return `The KPI server rejected the API token (401): ${detail}. Check the token in the datasource settings`;
    case 403:
      return `The datasource's API token may not do this (403): ${detail}`;
    case 404:
      return `Not found (404): ${detail}`;
    case 409:
      return `Conflict (409): ${detail}`;
    case 423:
      return `Frozen (423): ${detail}`;
    case 502:
    case 504:
      return `Grafana could not reach the KPI server (${status}): check the server URL in the datasource settings. ${detail}`;
    case 503:
      return `The KPI server is busy or the query ran out of time (503): ${detail}`;
    default:
      return status >= 500 ? `The KPI server failed (${status}): ${detail}` : `KPI server error ${status}: ${detail}`;
  }
}

interface ErrorLike {
  status?: number;
  statusText?: string;
  message?: string;
  data?: { error?: { message?: string; path?: string }; message?: string; error_description?: string };
}

/** A readable reason from a failed request through Grafana's proxy: the server's own message where it sent one. */
export function describeFetchError(err: unknown): string {
  if (typeof err !== 'object' || err === null) {
    return String(err);
  }
  const e: ErrorLike = err;
  const server = e.data?.error;
  const where = server?.path ? ` (at ${server.path})` : '';
  const detail = server?.message
    ? server.message + where
    : (e.data?.message ?? e.message ?? e.statusText ?? 'request failed');
  return describeStatus(e.status, detail);
}

/** The HTTP status of a failed request, if it has one. */
export function statusOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number'
    ? err.status
    : undefined;
}
