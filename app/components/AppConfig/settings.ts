// The app's settings form: the KPI server URL and one Grafana-proxy token per route (plugin.json routes, DESIGN §5).
import { APP_ID } from '../../constants';

export interface AppJsonData {
  serverUrl?: string;
}

export type TokenKey = 'viewerToken' | 'editorToken' | 'approverToken';

export interface TokenField {
  key: TokenKey;
  label: string;
  /** The plugin.json route that sends it, and the Grafana role the route requires. */
  route: 'viewer' | 'editor' | 'admin';
  grafanaRole: 'Viewer' | 'Editor' | 'Admin';
  /** The KPI server role the token must have. */
  serverRole: 'viewer' | 'editor' | 'approver';
}

export const TOKEN_FIELDS: TokenField[] = [
  { key: 'viewerToken', label: 'Viewer token', route: 'viewer', grafanaRole: 'Viewer', serverRole: 'viewer' },
  { key: 'editorToken', label: 'Editor token', route: 'editor', grafanaRole: 'Editor', serverRole: 'editor' },
  { key: 'approverToken', label: 'Approver token', route: 'admin', grafanaRole: 'Admin', serverRole: 'approver' },
];

export interface TokenState {
  /** What the user typed; empty leaves the stored token as it is. */
  value: string;
  /** A token is stored (Grafana's secureJsonFields) and was not reset. */
  configured: boolean;
}

export interface FormState {
  serverUrl: string;
  tokens: Record<TokenKey, TokenState>;
}

export function initialForm(
  jsonData: AppJsonData | undefined,
  secureJsonFields: Partial<Record<string, boolean>> = {}
): FormState {
  const token = (key: TokenKey): TokenState => ({ value: '', configured: secureJsonFields[key] === true });
  return {
    serverUrl: jsonData?.serverUrl ?? '',
    tokens: {
      viewerToken: token('viewerToken'),
      editorToken: token('editorToken'),
      approverToken: token('approverToken'),
    },
  };
}

/**
 * The body of POST /api/plugins/<id>/settings: only typed or reset tokens are sent (a reset one as ''), so
 * untouched secrets stay; secureJsonFields tells a reset from "left empty".
 */
export function settingsPayload(form: FormState, enabled: boolean, pinned: boolean) {
  const secureJsonData: Partial<Record<TokenKey, string>> = {};
  const secureJsonFields: Partial<Record<TokenKey, boolean>> = {};
  for (const { key } of TOKEN_FIELDS) {
    const { value, configured } = form.tokens[key];
    if (value !== '' || !configured) {
      secureJsonData[key] = value;
    }
    secureJsonFields[key] = value !== '' || configured;
  }
  return {
    enabled,
    pinned,
    jsonData: { serverUrl: form.serverUrl.trim().replace(/\/+$/, '') },
    secureJsonData,
    secureJsonFields,
  };
}

/** Why the form cannot be saved, or undefined. */
export function formProblem(form: FormState): string | undefined {
  const url = form.serverUrl.trim();
  if (url === '') {
    return 'Enter the KPI server URL, e.g. http://scorecard-server:3100';
  }
  return /^https?:\/\/[^\s/]+/.test(url) ? undefined : `"${url}" is not an http(s) URL`;
}

export const HEALTH_URL = `/api/plugin-proxy/${APP_ID}/viewer/health`;

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;

/** What a successful GET <server>/api/health through the viewer route says. */
export function describeHealth(data: unknown): string {
  const version = field(data, 'version');
  const store = field(data, 'store');
  const role = field(data, 'role');
  if (typeof version !== 'string') {
    return 'The KPI server answered, but did not accept the viewer token (no version in its health answer): check the token.';
  }
  const kind = field(store, 'kind');
  const state = field(store, 'state');
  const storeText = typeof kind === 'string' ? `, store ${kind}${typeof state === 'string' ? ` (${state})` : ''}` : '';
  const roleText = typeof role === 'string' ? `, viewer token role ${role}` : '';
  return `Connected to KPI server ${version}${storeText}${roleText}.`;
}

/** Why the health call failed, from Grafana's FetchError or a network error. */
export function describeFailure(err: unknown): string {
  const status = field(err, 'status');
  const data = field(err, 'data');
  const message = field(data, 'message') ?? field(field(data, 'error'), 'message') ?? field(err, 'message');
  const text = typeof message === 'string' && message !== '' ? message : 'no answer';
  if (status === 404) {
    return `The app's proxy route was not found (${text}): save the settings and reload the page.`;
  }
  if (status === 502) {
    return `The KPI server could not be reached at the saved URL (${text}).`;
  }
  return typeof status === 'number' && status > 0 ? `The KPI server answered ${status}: ${text}` : `Failed: ${text}`;
}
