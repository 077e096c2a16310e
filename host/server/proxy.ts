// Grafana's datasource proxy: /api/datasources/proxy/uid/<uid>/<route.path>/<rest> → <route.url>/<rest>, secrets added here.
import type { PluginRoute } from './plugins';
import type { ProvisionedDatasource } from './provisioning';

export interface ProxyTarget {
  url: string;
  headers: Record<string, string>;
}

/** Where route templates read from: a datasource's or an app's settings. */
export type RouteSettings = Pick<ProvisionedDatasource, 'jsonData' | 'secureJsonData'>;

// Go-template fields Grafana fills in routes: {{ .JsonData.x }} and {{ .SecureJsonData.x }}.
export function interpolateRoute(text: string, ds: RouteSettings): string {
  return text.replace(/\{\{\s*\.(JsonData|SecureJsonData)\.(\w+)\s*\}\}/g, (_, scope: string, key: string) => {
    const value = scope === 'JsonData' ? ds.jsonData[key] : ds.secureJsonData[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

export function joinUrl(base: string, rest: string): string {
  if (!rest) {
    return base;
  }
  return `${base.replace(/\/+$/, '')}/${rest.replace(/^\/+/, '')}`;
}

/** A route's URL with the rest of the path appended, and its headers, templates filled from `settings`. */
export function routeTarget(route: PluginRoute, settings: RouteSettings, rest: string): ProxyTarget {
  const headers = Object.fromEntries((route.headers ?? []).map((h) => [h.name, interpolateRoute(h.content, settings)]));
  return { url: joinUrl(interpolateRoute(route.url ?? '', settings), rest), headers };
}

/** Where a proxied request goes; undefined when neither a route nor the datasource URL applies. */
export function proxyTarget(
  ds: ProvisionedDatasource,
  routes: PluginRoute[],
  method: string,
  proxyPath: string
): ProxyTarget | undefined {
  const matches = routes.filter(
    (r) => proxyPath.startsWith(r.path) && (!r.method || r.method === '*' || r.method.toUpperCase() === method)
  );
  const route = matches.sort((a, b) => b.path.length - a.path.length)[0];
  if (route?.url) {
    return routeTarget(route, ds, proxyPath.slice(route.path.length));
  }
  return ds.url ? { url: joinUrl(ds.url, proxyPath), headers: {} } : undefined;
}

// Never forwarded: the browser's credentials, and hop-by-hop or encoding headers that fetch manages itself.
const DROPPED_REQUEST = new Set([
  'authorization',
  'cookie',
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'accept-encoding',
  'origin',
  'referer',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-authorization',
]);
const DROPPED_RESPONSE = new Set([
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'set-cookie',
]);

export function forwardedHeaders(
  incoming: Record<string, string | string[] | undefined>,
  target: ProxyTarget,
  login: string
): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value !== undefined && !DROPPED_REQUEST.has(name.toLowerCase()) && !name.toLowerCase().startsWith('sec-')) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  // Grafana sends the signed-in user when [dataproxy] send_user_header is on; the KPI server records it as author.
  headers.set('X-Grafana-User', login);
  for (const [name, value] of Object.entries(target.headers)) {
    headers.set(name, value);
  }
  return headers;
}

export function returnedHeaders(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE.has(name.toLowerCase())) {
      out[name] = value;
    }
  });
  return out;
}
