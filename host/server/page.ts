// The host HTML page: Grafana-like boot data (no secrets), <base href="/"> as in Grafana's index.html, the bundle.
import type { HostPlugin } from './plugins';
import type { ProvisionedDatasource } from './provisioning';
import { DEFAULT_USER, type HostUser } from './user';

export type PageMode = 'preview' | 'test';

/** Datasource instance settings as the browser gets them: the secure fields never leave the server. */
export function instanceSettings(ds: ProvisionedDatasource, index: number, plugins: HostPlugin[]) {
  const meta = plugins.find((p) => p.id === ds.type)?.meta;
  return {
    id: index + 1,
    uid: ds.uid,
    type: ds.type,
    name: ds.name,
    url: `/api/datasources/proxy/uid/${ds.uid}`,
    access: ds.access,
    isDefault: ds.isDefault,
    jsonData: ds.jsonData,
    meta,
    readOnly: false,
  };
}

/** What Grafana's GET /api/datasources/uid/<uid> answers: secure values only as secureJsonFields flags. */
export function dataSourceSettings(ds: ProvisionedDatasource, index: number, plugin: HostPlugin | undefined) {
  const info = plugin?.meta.info;
  const logos = typeof info === 'object' && info !== null && 'logos' in info ? info.logos : undefined;
  return {
    id: index + 1,
    uid: ds.uid,
    orgId: 1,
    name: ds.name,
    type: ds.type,
    typeName: String(plugin?.meta.name ?? ds.type),
    typeLogoUrl: typeof logos === 'object' && logos !== null && 'small' in logos ? String(logos.small) : '',
    access: ds.access,
    url: ds.url ?? '',
    user: '',
    database: '',
    basicAuth: false,
    basicAuthUser: '',
    withCredentials: false,
    isDefault: ds.isDefault,
    jsonData: ds.jsonData,
    secureJsonFields: Object.fromEntries(Object.keys(ds.secureJsonData).map((k) => [k, true])),
    readOnly: false,
    version: 1,
  };
}

export interface BootOptions {
  appUrl: string;
  grafanaVersion: string;
  plugins: HostPlugin[];
  datasources: ProvisionedDatasource[];
  /** The signed-in user (default `admin`, Admin). */
  user?: HostUser;
}

export function bootData({ appUrl, grafanaVersion, plugins, datasources, user = DEFAULT_USER }: BootOptions) {
  const settings = datasources.map((ds, i) => instanceSettings(ds, i, plugins));
  const panels = plugins.filter((p) => p.type === 'panel').map((p) => [p.id, { sort: 100, ...p.meta }]);
  const apps = plugins
    .filter((p) => p.type === 'app')
    .map((p) => [p.id, { id: p.id, path: p.meta.module, preload: false }]);
  return {
    user: {
      id: 1,
      uid: user.login,
      login: user.login,
      name: user.name,
      email: `${user.login}@localhost`,
      isSignedIn: true,
      isGrafanaAdmin: user.isGrafanaAdmin,
      orgId: 1,
      orgName: 'Main Org.',
      orgRole: user.orgRole,
      theme: 'dark',
      timezone: 'utc',
      weekStart: 'monday',
      locale: 'en-US',
      language: 'en-US',
      regionalFormat: 'en-US',
      permissions: {},
    },
    settings: {
      appUrl,
      appSubUrl: '',
      buildInfo: { version: grafanaVersion, commit: 'scorecard-host', env: 'production', edition: 'Open Source' },
      datasources: Object.fromEntries(settings.map((s) => [s.name, s])),
      defaultDatasource: (settings.find((s) => s.isDefault) ?? settings[0])?.name ?? '',
      panels: Object.fromEntries(panels),
      apps: Object.fromEntries(apps),
      featureToggles: {},
    },
    navTree: [],
    assets: { dark: '', light: '' },
  };
}

// JSON inside <script> must not be able to close the tag.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function hostPage(mode: PageMode, boot: ReturnType<typeof bootData>): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <base href="/" />
    <link rel="icon" href="data:," />
    <title>Scorecard Suite ${mode === 'preview' ? 'preview' : 'test host'}</title>
    <script>
      window.grafanaBootData = ${scriptJson(boot)};
      window.__grafana_public_path__ = '/public/';
    </script>
    <link rel="stylesheet" href="/host/host.css" />
    <script type="module" src="/host/host.js"></script>
  </head>
  <body data-mode="${mode}"><div id="root"></div></body>
</html>
`;
}
