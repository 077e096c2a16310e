// The plugins found in dist/: their plugin.json as Grafana serves it (baseUrl, module) and proxy routes.
import fs from 'node:fs';
import path from 'node:path';

export interface RouteHeader {
  name: string;
  content: string;
}

export interface PluginRoute {
  path: string;
  url?: string;
  method?: string;
  headers?: RouteHeader[];
  /** App routes: the least Grafana role (Viewer, Editor, Admin) that may call it. */
  reqRole?: string;
}

export interface HostPlugin {
  id: string;
  type: string;
  /** plugin.json plus baseUrl and module, as Grafana's /api/plugins/<id>/settings answers. */
  meta: Record<string, unknown>;
  routes: PluginRoute[];
}

function pluginJsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return pluginJsonFiles(full);
    }
    return entry.name === 'plugin.json' ? [full] : [];
  });
}

function isRoute(value: unknown): value is PluginRoute {
  return typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string';
}

function withLogos(info: unknown, baseUrl: string): unknown {
  if (typeof info !== 'object' || info === null || !('logos' in info)) {
    return info;
  }
  const logos = Object.fromEntries(Object.entries(info.logos ?? {}).map(([k, v]) => [k, `${baseUrl}/${String(v)}`]));
  return { ...info, logos };
}

/** Reads dist/plugin.json (the app) and every nested plugin.json; throws when dist/ is not built. */
export function scanPlugins(distDir: string): { appId: string; plugins: HostPlugin[] } {
  const rootJson = path.join(distDir, 'plugin.json');
  if (!fs.existsSync(rootJson)) {
    throw new Error(`${rootJson} not found: build the plugins first (npm run build)`);
  }
  const appId = String(JSON.parse(fs.readFileSync(rootJson, 'utf8')).id);
  const plugins = pluginJsonFiles(distDir).map((file) => {
    const json: Record<string, unknown> = JSON.parse(fs.readFileSync(file, 'utf8'));
    const rel = path.relative(distDir, path.dirname(file)).split(path.sep).join('/');
    const baseUrl = `public/plugins/${appId}${rel ? `/${rel}` : ''}`;
    const routes = Array.isArray(json.routes) ? json.routes.filter(isRoute) : [];
    const meta = {
      ...json,
      info: withLogos(json.info, baseUrl),
      baseUrl,
      module: `${baseUrl}/module.js`,
      enabled: true,
    };
    return { id: String(json.id), type: String(json.type), meta, routes };
  });
  return { appId, plugins };
}
