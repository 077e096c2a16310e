// For tests: a Fastify app with only the host's app settings and plugin proxy, routes as app/plugin.json declares them.
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { registerAppSettings, settingsStore } from './appRoutes';
import type { AppSettings } from './appSettings';
import { registerPluginProxy } from './pluginProxy';
import type { PluginRoute } from './plugins';

export const TEST_APP_ID = 'scorecard-suite-app';

export function appPluginRoutes(): PluginRoute[] {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../app/plugin.json'), 'utf8'));
  const routes = typeof json === 'object' && json !== null && 'routes' in json ? json.routes : undefined;
  if (!Array.isArray(routes)) {
    throw new Error('app/plugin.json has no "routes" array');
  }
  return routes;
}

export async function testHost(initial: AppSettings) {
  const app = Fastify({ logger: false });
  const store = settingsStore(initial);
  registerAppSettings(app, { appId: TEST_APP_ID, meta: { id: TEST_APP_ID, type: 'app' }, store });
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    registerPluginProxy(scope, { appId: TEST_APP_ID, routes: appPluginRoutes(), settings: store.get });
  });
  await app.ready();
  return app;
}

/** The Cookie header of a signed-in host user. */
export const signedIn = (login: string, role: 'Viewer' | 'Editor' | 'Admin') => ({
  cookie: `host_user=${encodeURIComponent(`${login}:${role}`)}`,
});
