// Grafana's app plugin proxy: /api/plugin-proxy/<app id>/<route path>/<rest> → <route url>/<rest>, reqRole enforced.
import type { FastifyInstance } from 'fastify';
import type { AppSettings } from './appSettings';
import { forward } from './forward';
import type { PluginRoute } from './plugins';
import { routeTarget } from './proxy';
import { hasRole, userFromCookies } from './user';

/** The route whose path is the longest whole-segment prefix of `proxyPath` (and whose method fits), and the rest. */
export function matchAppRoute(routes: PluginRoute[], method: string, proxyPath: string) {
  const fits = (r: PluginRoute) => {
    const p = r.path.replace(/^\/+|\/+$/g, '');
    const methodOk = !r.method || r.method === '*' || r.method.toUpperCase() === method.toUpperCase();
    return methodOk && (proxyPath === p || proxyPath.startsWith(`${p}/`));
  };
  const route = routes.filter(fits).sort((a, b) => b.path.length - a.path.length)[0];
  return route ? { route, rest: proxyPath.slice(route.path.replace(/^\/+|\/+$/g, '').length + 1) } : undefined;
}

export interface PluginProxyOptions {
  appId: string;
  routes: PluginRoute[];
  settings: () => AppSettings;
}

/** Register inside a scope whose content-type parser keeps bodies as buffers. */
export function registerPluginProxy(scope: FastifyInstance, { appId, routes, settings }: PluginProxyOptions) {
  scope.all<{ Params: { '*': string } }>(`/api/plugin-proxy/${appId}/*`, async (req, reply) => {
    const match = matchAppRoute(routes, req.method, req.params['*'].replace(/^\/+/, ''));
    if (!match?.route.url) {
      return reply.code(404).send({ message: 'plugin route match not found' });
    }
    const user = userFromCookies(req.headers.cookie);
    if (!hasRole(user, match.route.reqRole)) {
      return reply.code(403).send({ message: 'plugin proxy route access denied' });
    }
    return forward(req, reply, routeTarget(match.route, settings(), match.rest), user.login);
  });
}
