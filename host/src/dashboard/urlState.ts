// A dashboard's URL state as Grafana writes it: ?from=&to=&timezone=&var-<name>=<value> (repeated for multi values).
import type { RawTimeRange } from '@grafana/data';

export interface DashboardUrlState {
  timeRange?: { from: string; to: string };
  timezone?: string;
  variables: Record<string, string[]>;
}

const VAR = 'var-';
const EPOCH_MS = /^\d{10,}$/;

/** Grafana writes absolute times as epoch milliseconds; the renderer takes date-math text or ISO. */
function timeFromUrl(value: string): string {
  return EPOCH_MS.test(value) ? new Date(Number(value)).toISOString() : value;
}

export function parseDashboardSearch(search: URLSearchParams): DashboardUrlState {
  const variables: Record<string, string[]> = {};
  for (const [key, value] of search) {
    if (key.startsWith(VAR) && key.length > VAR.length) {
      const name = key.slice(VAR.length);
      variables[name] = [...(variables[name] ?? []), value];
    }
  }
  const from = search.get('from');
  const to = search.get('to');
  const timezone = search.get('timezone') || undefined;
  return { variables, timezone, timeRange: from && to ? { from: timeFromUrl(from), to: timeFromUrl(to) } : undefined };
}

/** A picked range as URL text: date math stays text ("now-30d"), absolute times become epoch milliseconds. */
export function rawToUrl(raw: RawTimeRange): { from: string; to: string } {
  const text = (t: RawTimeRange['from']) => (typeof t === 'string' ? t : String(t.valueOf()));
  return { from: text(raw.from), to: text(raw.to) };
}

export function withTimeRange(search: URLSearchParams, range: { from: string; to: string }): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('from', range.from);
  next.set('to', range.to);
  return next;
}

export function withTimezone(search: URLSearchParams, timezone: string): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('timezone', timezone);
  return next;
}

/** Sets one variable's values and drops the URL values of the variables that depend on it (they re-validate). */
export function withVariable(
  search: URLSearchParams,
  name: string,
  values: string[],
  dependents: string[] = []
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const dropped of [name, ...dependents]) {
    next.delete(`${VAR}${dropped}`);
  }
  for (const value of values) {
    next.append(`${VAR}${name}`, value);
  }
  return next;
}

export function withTheme(search: URLSearchParams, theme: string): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('theme', theme);
  return next;
}

/** "?a=b&…" with Grafana's URL escaping: `$`, `:`, `,` and `@` stay readable, spaces are %20; "" when empty. */
export function toSearch(search: URLSearchParams): string {
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/%24/g, '$').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%40/g, '@');
  const parts = [...search].map(([key, value]) => `${encode(key)}=${encode(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The app id of an /a/<id>/… path; undefined for other paths. */
export function appIdOf(pathname: string): string | undefined {
  return /^\/a\/([^/]+)/.exec(pathname)?.[1];
}
