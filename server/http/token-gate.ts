import { FastifyInstance } from 'fastify';
import { unauthorized } from '../auth/bearer';

/** Routes answered without a token; every other route, and every unknown URL, needs one. */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['/api/health']);

/**
 * Refuses a request without a bearer token in `onRequest`, before its body is read, parsed or validated.
 * Register after installBearerAuth, whose hook sets `request.auth` (and already refuses a bad token).
 */
export function installTokenGate(app: FastifyInstance, publicRoutes: ReadonlySet<string> = PUBLIC_ROUTES): void {
  app.addHook('onRequest', async (request) => {
    if (request.auth !== null) {
      return;
    }
    // the matched route's pattern, not the raw URL, so encodings and query strings cannot dodge the gate
    const route = request.is404 ? undefined : request.routeOptions.url;
    if (route !== undefined && publicRoutes.has(route)) {
      return;
    }
    throw unauthorized('this needs a bearer token: send "Authorization: Bearer <token>"');
  });
}
