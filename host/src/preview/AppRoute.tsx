// The app page for /a/<app id>/…: the app when the id is the preview's app, else "App not found" with the apps there are.
import type { AppPlugin, PluginMeta } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { LoadingPlaceholder } from '@grafana/ui';
import { useLocation } from 'react-router-dom-v5-compat';
import { appIdOf } from '../dashboard/urlState';
import { AppHost } from '../render/AppHost';
import { AppNotFound } from './NotFound';
import { useAsync } from './useAsync';

async function installedApps() {
  const metas = await getBackendSrv().get<PluginMeta[]>('api/plugins');
  return metas.filter((m) => m.type === 'app').map((m) => ({ id: m.id, name: m.name }));
}

function MissingApp({ id }: { id: string }) {
  const state = useAsync(installedApps, 'apps');
  if (state.status === 'loading') {
    return <LoadingPlaceholder text="Loading the installed apps" />;
  }
  return <AppNotFound id={id} apps={state.status === 'done' ? state.value : []} />;
}

export function AppRoute({ app }: { app: AppPlugin }) {
  const id = appIdOf(useLocation().pathname);
  return id !== undefined && id !== app.meta.id ? <MissingApp id={decodeURIComponent(id)} /> : <AppHost plugin={app} />;
}
