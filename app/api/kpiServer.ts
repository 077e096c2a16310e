import { config, getBackendSrv, isFetchError } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';
import { type z } from 'zod';
import { APP_ID } from '../constants';

/** The app's plugin.json routes: one per Grafana role, each carrying the KPI server token of that role (DESIGN §5). */
export const APP_ROUTES = { Viewer: 'viewer', Editor: 'editor', Admin: 'admin' } as const;
export type GrafanaRole = keyof typeof APP_ROUTES;

const RANK: Record<GrafanaRole, number> = { Viewer: 0, Editor: 1, Admin: 2 };

/** The signed-in user's role in this organisation; a Grafana server admin counts as Admin. */
export function currentRole(): GrafanaRole {
  const user = config.bootData.user;
  if (user.isGrafanaAdmin || user.orgRole === 'Admin') {
    return 'Admin';
  }
  return user.orgRole === 'Editor' ? 'Editor' : 'Viewer';
}

/** The login the KPI server sees as X-Grafana-User. */
export function currentLogin(): string {
  return config.bootData.user.login;
}

export function hasRole(needed: GrafanaRole, role: GrafanaRole = currentRole()): boolean {
  return RANK[role] >= RANK[needed];
}

/** `/api/plugin-proxy/scorecard-suite-app/<route>/v1/<path>`: Grafana adds the token and the user header. */
export function proxyUrl(role: GrafanaRole, path: string): string {
  return `/api/plugin-proxy/${APP_ID}/${APP_ROUTES[role]}/v1/${path.replace(/^\/+/, '')}`;
}

/** A failed call: the KPI server's `{error: {code, message, path?}}`, or what Grafana's proxy answered. */
export class KpiServerError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly path?: string
  ) {
    super(message);
  }
}

function serverError(err: unknown): KpiServerError {
  if (!isFetchError(err)) {
    return new KpiServerError(err instanceof Error ? err.message : String(err), 0, 'network');
  }
  const data: unknown = err.data;
  const body = typeof data === 'object' && data !== null && 'error' in data ? data.error : data;
  const field = (name: string): string | undefined => {
    const value = typeof body === 'object' && body !== null ? Reflect.get(body, name) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const message = field('message') ?? err.statusText ?? `the KPI server answered ${err.status}`;
  return new KpiServerError(message, err.status, field('code') ?? String(err.status), field('path'));
}

interface Call<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api/v1 of the KPI server, e.g. `catalog` or `kpis/x/diff?from=1&to=2`. */
  path: string;
  schema: S;
  body?: unknown;
  /** The route (and so the server role) to call with; reads default to Viewer. */
  role?: GrafanaRole;
  headers?: Record<string, string>;
}

/** One call to the KPI server through the app's proxy route; the answer is checked against its core schema. */
export async function kpiServer<S extends z.ZodType>(call: Call<S>): Promise<z.infer<S>> {
  let data: unknown;
  try {
    const res = await lastValueFrom(
      getBackendSrv().fetch<unknown>({
        url: proxyUrl(call.role ?? 'Viewer', call.path),
        method: call.method ?? 'GET',
        ...(call.body === undefined ? {} : { data: call.body }),
        ...(call.headers === undefined ? {} : { headers: call.headers }),
        showErrorAlert: false,
        showSuccessAlert: false,
      })
    );
    data = res.data;
  } catch (err) {
    throw serverError(err);
  }
  const parsed = call.schema.safeParse(data);
  if (!parsed.success) {
    throw new KpiServerError(
      `unexpected answer from ${call.path}: ${parsed.error.issues[0]?.message ?? ''}`,
      200,
      'shape'
    );
  }
  return parsed.data;
}
