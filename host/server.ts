// The host HTTP server: host page and bundle, dist/ as Grafana serves plugins, icons, app settings, Grafana's proxies.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { corePluginFor, corePlugins } from './server/corePlugins';
import { registerDashboardRoutes } from './server/dashboards';
import { iconServer } from './server/icons';
import { bootData, dataSourceSettings, hostPage, instanceSettings, type PageMode } from './server/page';
import { scanPlugins } from './server/plugins';
import { loadDatasources } from './server/provisioning';
import { registerAppSettings, settingsStore } from './server/appRoutes';
import { EMPTY_SETTINGS, loadAppSettings } from './server/appSettings';
import { forward } from './server/forward';
import { registerPluginProxy } from './server/pluginProxy';
import { proxyTarget } from './server/proxy';
import { sendFile } from './server/static';
import { userFromCookies } from './server/user';

export interface HostOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Repository root; defaults to the working directory. */
  root?: string;
  distDir?: string;
  /** Holds datasources/*.yaml in Grafana's provisioning format. */
  provisioningDir?: string;
  /** Directories of dashboard JSON files served by /api/search and /api/dashboards; default <provisioningDir>/dashboards/json. */
  dashboardDirs?: string[];
  /** $SCORECARD_URL and $SCORECARD_SERVER_URL while expanding the provisioning files. */
  kpiServerUrl?: string;
  /** $SCORECARD_TOKEN while expanding the provisioning files. */
  token?: string;
  env?: Record<string, string | undefined>;
  /** Merged over the app's provisioned settings (<provisioningDir>/plugins/*.yaml), e.g. the KPI server's app tokens. */
  appSettings?: { jsonData?: Record<string, unknown>; secureJsonData?: Record<string, string> };
  /** The host built from Grafana 12.4's libraries (React 18, default) or from 13.2's (React 19, host/grafana13). */
  grafana?: GrafanaHost;
}

export type GrafanaHost = 12 | 13;

/** Where a host's bundle is built and the directory whose node_modules hold its Grafana libraries. */
export function hostDirs(root: string, grafana: GrafanaHost) {
  return grafana === 13
    ? { bundleDir: path.join(root, 'host/build-g13/public'), packageDir: path.join(root, 'host/grafana13') }
    : { bundleDir: path.join(root, 'host/build/public'), packageDir: root };
}

export interface RunningHost {
  url: string;
  datasourceUids: string[];
  /** Provisioned datasources left out because their plugin is not in dist/, as "name (type)". */
  skippedDatasources: string[];
  close: () => Promise<void>;
}

function readVersion(root: string): string {
  const file = path.join(root, 'node_modules/@grafana/data/package.json');
  return fs.existsSync(file) ? String(JSON.parse(fs.readFileSync(file, 'utf8')).version) : 'unknown';
}

export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const root = path.resolve(options.root ?? process.cwd());
  const distDir = path.resolve(options.distDir ?? path.join(root, 'dist'));
  const { bundleDir, packageDir } = hostDirs(root, options.grafana ?? 12);
  if (!fs.existsSync(path.join(bundleDir, 'host.js'))) {
    throw new Error(`${bundleDir}/host.js not found: run npm run build:host`);
  }
  const { appId, plugins } = scanPlugins(distDir);
  const env = { ...(options.env ?? process.env) };
  if (options.kpiServerUrl) {
    // The names the test and the product provisioning files use for the server's URL.
    env.SCORECARD_URL = options.kpiServerUrl;
    env.SCORECARD_SERVER_URL = options.kpiServerUrl;
  }
  if (options.token) {
    env.SCORECARD_TOKEN = options.token;
  }
  const provisioningDir = path.resolve(options.provisioningDir ?? path.join(root, 'provisioning'));
  const dashboardDirs = (options.dashboardDirs ?? [path.join(provisioningDir, 'dashboards/json')]).map((d) =>
    path.resolve(d)
  );
  const provisioned = loadDatasources(provisioningDir, env).map((ds) => {
    const type = corePluginFor(ds.type)?.id ?? ds.type;
    return { ...ds, type };
  });
  plugins.push(...corePlugins);
  // Only datasources whose plugin is in dist/, or a core plugin the host implements, can run here.
  const datasources = provisioned.filter((ds) => plugins.some((p) => p.id === ds.type));
  const settings = datasources.map((ds, i) => instanceSettings(ds, i, plugins));
  const app: FastifyInstance = Fastify({ logger: false });
  let url = '';
  const page = (mode: PageMode, cookie: string | string[] | undefined) =>
    hostPage(
      mode,
      bootData({
        appUrl: `${url}/`,
        grafanaVersion: readVersion(packageDir),
        plugins,
        datasources,
        user: userFromCookies(cookie),
      })
    );

  app.get('/', (req, reply) => reply.type('text/html').send(page('preview', req.headers.cookie)));
  app.get('/a/*', (req, reply) => reply.type('text/html').send(page('preview', req.headers.cookie)));
  app.get('/d/*', (req, reply) => reply.type('text/html').send(page('preview', req.headers.cookie)));
  app.get('/plugins/*', (req, reply) => reply.type('text/html').send(page('preview', req.headers.cookie)));
  app.get('/test', (req, reply) => reply.type('text/html').send(page('test', req.headers.cookie)));
  app.get<{ Params: { '*': string } }>('/host/fixtures/*', (req, reply) =>
    sendFile(reply, path.join(root, 'tests/host-fixtures/amd'), req.params['*'])
  );
  app.get<{ Params: { '*': string } }>('/host/*', (req, reply) => sendFile(reply, bundleDir, req.params['*']));
  app.get<{ Params: { '*': string } }>(`/public/plugins/${appId}/*`, (req, reply) =>
    sendFile(reply, distDir, req.params['*'])
  );
  const icons = iconServer(packageDir);
  app.get<{ Params: { '*': string } }>('/public/build/img/*', (req, reply) => icons(reply, req.params['*']));

  const provisionedApp = loadAppSettings(provisioningDir, env).get(appId) ?? EMPTY_SETTINGS;
  const appSettings = settingsStore({
    ...provisionedApp,
    jsonData: { ...provisionedApp.jsonData, ...options.appSettings?.jsonData },
    secureJsonData: { ...provisionedApp.secureJsonData, ...options.appSettings?.secureJsonData },
  });
  const appPlugin = plugins.find((p) => p.id === appId);
  if (appPlugin) {
    registerAppSettings(app, { appId, meta: appPlugin.meta, store: appSettings });
  }
  app.get('/api/plugins', () => plugins.map((p) => p.meta));
  app.get<{ Params: { id: string } }>('/api/plugins/:id/settings', (req, reply) => {
    const plugin = plugins.find((p) => p.id === req.params.id);
    return plugin ? plugin.meta : reply.code(404).send({ message: 'Plugin not found' });
  });
  app.get('/api/datasources', () => settings);
  registerDashboardRoutes(app, dashboardDirs);
  app.get<{ Params: { uid: string } }>('/api/datasources/uid/:uid', (req, reply) => {
    const ds = datasources.find((d) => d.uid === req.params.uid);
    const plugin = plugins.find((p) => p.id === ds?.type);
    return ds
      ? dataSourceSettings(ds, datasources.indexOf(ds), plugin)
      : reply.code(404).send({ message: 'Data source not found' });
  });

  await app.register(async (scope) => {
    // Proxied bodies pass through untouched, whatever their content type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    scope.all<{ Params: { uid: string; '*': string } }>('/api/datasources/proxy/uid/:uid/*', async (req, reply) => {
      const ds = datasources.find((d) => d.uid === req.params.uid);
      if (!ds) {
        return reply.code(404).send({ message: 'Data source not found' });
      }
      const routes = plugins.find((p) => p.id === ds.type)?.routes ?? [];
      const target = proxyTarget(ds, routes, req.method, req.params['*']);
      if (!target) {
        return reply.code(400).send({ message: 'No proxy route matches and the datasource has no URL' });
      }
      return forward(req, reply, target, userFromCookies(req.headers.cookie).login);
    });
    registerPluginProxy(scope, { appId, routes: appPlugin?.routes ?? [], settings: appSettings.get });
  });

  url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const skippedDatasources = provisioned
    .filter((ds) => !datasources.includes(ds))
    .map((ds) => `${ds.name} (${ds.type})`);
  return { url, datasourceUids: datasources.map((ds) => ds.uid), skippedDatasources, close: () => app.close() };
}
