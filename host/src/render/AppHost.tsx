// Renders an app plugin's root page under Grafana's routers: react-router v5 on locationService's history + v6 compat.
import React from 'react';
import { Router } from 'host:react-router-dom-v5';
import { CompatRouter, Route, Routes, useLocation } from 'react-router-dom-v5-compat';
import type { AppPlugin } from '@grafana/data';
import { LocationServiceProvider, locationSearchToObject, locationService } from '@grafana/runtime';
import { Alert } from '@grafana/ui';

function AppRootPage({ plugin }: { plugin: AppPlugin }) {
  const location = useLocation();
  const Root = plugin.root;
  if (!Root) {
    throw new Error(`${plugin.meta.id} has no root page`);
  }
  return (
    <Root
      meta={plugin.meta}
      basename={`/a/${plugin.meta.id}`}
      path={location.pathname}
      query={locationSearchToObject(location.search)}
      onNavChanged={() => undefined}
    />
  );
}

function NotFound() {
  const { pathname } = useLocation();
  return <Alert title="Page not found">The host serves app pages under /a/&lt;app id&gt;, not {pathname}.</Alert>;
}

/** The routers Grafana wraps plugin pages in; app pages match /a/<id>/* as in Grafana's route table. */
export function GrafanaRouter({ children }: { children: React.ReactNode }) {
  return (
    <Router history={locationService.getHistory()}>
      <LocationServiceProvider service={locationService}>
        <CompatRouter>{children}</CompatRouter>
      </LocationServiceProvider>
    </Router>
  );
}

/** Grafana's plugin page at /plugins/<id>: the app's configuration page chosen by ?page= (the first by default). */
function AppConfigPage({ plugin }: { plugin: AppPlugin }) {
  const query = locationSearchToObject(useLocation().search);
  const pages = plugin.configPages ?? [];
  const page = pages.find((p) => p.id === query.page) ?? pages[0];
  if (!page) {
    return <Alert title={`${plugin.meta.id} has no configuration page`} severity="info" />;
  }
  const Body = page.body;
  return <Body plugin={plugin} query={query} />;
}

export function AppHost({ plugin }: { plugin: AppPlugin }) {
  return (
    <Routes>
      <Route path={`/a/${plugin.meta.id}/*`} element={<AppRootPage plugin={plugin} />} />
      <Route path={`/plugins/${plugin.meta.id}`} element={<AppConfigPage plugin={plugin} />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
