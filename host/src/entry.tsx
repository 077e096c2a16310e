// Host page entry: wires Grafana's runtime services, installs the AMD define, exposes window.host.
import { setBackendSrv, setDataSourceSrv, setEchoSrv, setTemplateSrv, locationService } from '@grafana/runtime';
import { Alert } from '@grafana/ui';
import { setPanelRenderer } from 'host:grafana-panel-renderer';
import { installDefine } from './amd';
import { registerCoreDatasources } from './datasources/register';
import type { ThemeMode } from './api';
import { initEditors } from './editors';
import { host } from './host';
import { APP_ID, importAppPlugin } from './plugins';
import { DashboardPage } from './preview/DashboardPage';
import { Preview } from './preview/Preview';
import { hostTheme, mount } from './render/HostRoot';
import { HostPanelRenderer } from './render/HostPanelRenderer';
import { HostBackendSrv } from './services/backendSrv';
import { HostDataSourceSrv } from './services/dataSourceSrv';
import { HostEchoSrv } from './services/echoSrv';
import { interceptLinkClicks } from './services/interceptLinkClicks';
import { hostTemplateSrv } from './services/templateSrv';

function wireServices(): void {
  initEditors();
  setBackendSrv(new HostBackendSrv());
  setTemplateSrv(hostTemplateSrv);
  const dataSourceSrv = new HostDataSourceSrv();
  setDataSourceSrv(dataSourceSrv);
  registerCoreDatasources(dataSourceSrv);
  setEchoSrv(new HostEchoSrv());
  setPanelRenderer(HostPanelRenderer);
  // locationService keeps @grafana/runtime's own browser-history instance: setLocationService is for tests only.
}

async function startPreview(): Promise<void> {
  const mode: ThemeMode = new URLSearchParams(window.location.search).get('theme') === 'light' ? 'light' : 'dark';
  const dashboard = /^\/d\/([^/]+)/.exec(window.location.pathname)?.[1];
  if (dashboard) {
    await mount(hostTheme(mode), <DashboardPage uid={decodeURIComponent(dashboard)} mode={mode} />);
    return;
  }
  const path = locationService.getLocation().pathname;
  // app pages, and the app's configuration page at /plugins/<id> as in Grafana
  if (!path.startsWith('/a/') && !path.startsWith('/plugins/')) {
    locationService.replace(`/a/${APP_ID}${window.location.search}`);
  }
  const theme = hostTheme(mode);
  try {
    await mount(theme, <Preview app={await importAppPlugin()} mode={mode} />);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    await mount(theme, <Alert title="The preview could not load the app plugin">{message}</Alert>);
  }
}

async function boot(): Promise<void> {
  wireServices();
  installDefine();
  window.host = host;
  document.addEventListener('click', interceptLinkClicks);
  if (document.body.dataset.mode === 'preview') {
    await startPreview();
  }
}

window.hostReady = boot();
