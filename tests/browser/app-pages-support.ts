// Shared by the app-pages specs: calls through the host's plugin proxy as a chosen Grafana user, test KPIs, demo YAML.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type APIResponse, type Page, request } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { APP_BASE, APP_ID } from '../../app/constants';
import { testIds } from '../../app/testIds';
import { hostUrl } from './fixtures';

export type Role = 'Viewer' | 'Editor' | 'Admin';
export type Route = 'viewer' | 'editor' | 'admin';
export type Theme = 'dark' | 'light';
export const THEMES: Theme[] = ['dark', 'light'];

const PROVISIONING = path.resolve(__dirname, '../../provisioning/scorecards');

/** A KPI id nobody else uses: reruns and parallel workers each get their own. */
export const uniqueId = (what: string, theme: Theme) => `e2e.${what}-${theme}-${crypto.randomBytes(4).toString('hex')}`;

/** A request context signed in as login with role (the host's `host_user` cookie), outside any page. */
export async function asUser(login: string, role: Role): Promise<APIRequestContext> {
  return request.newContext({ baseURL: hostUrl(), extraHTTPHeaders: { cookie: `host_user=${login}:${role}` } });
}

const proxyPath = (route: Route, apiPath: string) => `/api/plugin-proxy/${APP_ID}/${route}/v1/${apiPath}`;

async function ok(res: APIResponse, what: string): Promise<unknown> {
  if (!res.ok()) {
    throw new Error(`${what} answered ${res.status()}: ${await res.text()}`);
  }
  return res.json();
}

export async function getJson(ctx: APIRequestContext, apiPath: string): Promise<unknown> {
  return ok(await ctx.get(proxyPath('viewer', apiPath)), `GET ${apiPath}`);
}

export const postTo = (ctx: APIRequestContext, route: Route, apiPath: string, body: unknown) =>
  ctx.post(proxyPath(route, apiPath), { data: body });

/** A manual KPI document of the customer perspective; target and four-eyes vary per test. */
export function kpiDocument(id: string, target: number, fourEyes = false) {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id },
    spec: {
      name: `Browser test KPI ${id}`,
      perspective: 'customer',
      indicator: 'lagging',
      unit: 'percent',
      direction: 'higher-is-better',
      target,
      thresholds: { redFlag: 70, goal: target },
      owner: 'head-of-quality',
      calculation: { manual: {} },
      ...(fourEyes ? { governance: { fourEyes: true } } : {}),
    },
  };
}

/** PUT through the editor route (as an Editor): the server keeps it as a proposed version; answers that version. */
export async function proposeKpi(ctx: APIRequestContext, doc: ReturnType<typeof kpiDocument>): Promise<number> {
  const res = await ctx.put(proxyPath('editor', `kpis/${doc.metadata.id}`), { data: { ...doc, message: 'e2e' } });
  const body = await ok(res, `PUT kpis/${doc.metadata.id}`);
  const version = (body as { version?: { version?: unknown } }).version?.version;
  if (typeof version !== 'number') {
    throw new Error(`PUT kpis/${doc.metadata.id} answered no version number: ${JSON.stringify(body)}`);
  }
  return version;
}

export async function approveKpi(ctx: APIRequestContext, id: string, version: number): Promise<void> {
  await ok(await postTo(ctx, 'admin', `kpis/${id}/versions/${version}/approve`, {}), `approve ${id} v${version}`);
}

export interface CatalogRow {
  id: string;
  name: string;
  perspective: string;
  state: string;
}

export async function catalog(ctx: APIRequestContext): Promise<CatalogRow[]> {
  return ((await getJson(ctx, 'catalog')) as { kpis: CatalogRow[] }).kpis;
}

/** The documents of provisioning/scorecards/<file> (the demo's source). */
export function provisioned(
  file: string
): Array<{ kind: string; metadata: { id: string }; spec: Record<string, unknown> }> {
  const text = fs.readFileSync(path.join(PROVISIONING, file), 'utf8');
  return parseAllDocuments(text).map((d) => d.toJS());
}

export const provisionedOfKind = (kind: string) =>
  fs
    .readdirSync(PROVISIONING)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap(provisioned)
    .filter((d) => d.kind === kind);

/** Signs in (cookie + bootData) and renders the app at path under APP_BASE in theme. */
export async function openApp(page: Page, sub: string, theme: Theme, user?: { login: string; role: Role }) {
  if (user) {
    await page.evaluate((u) => window.host.signIn(u), user);
  }
  await page.evaluate(({ path, theme }) => window.host.renderApp({ path, theme }), {
    path: `${APP_BASE}/${sub}`,
    theme,
  });
  await page.getByTestId(testIds.app.root).waitFor();
}
