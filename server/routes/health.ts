import { FastifyInstance } from 'fastify';
import { ROLES } from '../auth/roles';
import { errorResponseSchema, HttpError } from '../http/http-error';
import { loggableError } from '../http/safe-message';
import { Store } from '../store/store';

export interface HealthRouteOptions {
  store: Store;
  version: string;
}

// Never the store's path or URL: anyone who can reach the port may call this route.
const healthResponseSchema = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['ok'] },
    version: { type: 'string' },
    store: {
      type: 'object',
      required: ['kind', 'state'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['duckdb', 'postgres'] },
        state: { type: 'string', enum: ['ok', 'busy'] },
      },
    },
    role: { type: 'string', enum: [...ROLES] },
  },
} as const;

// Health never queues behind a long write: a store that has not answered by then is reported busy.
const PING_BUDGET_MS = 50;

/** 'ok' when the store answers within `ms`, 'busy' when it has not yet; rejects when the ping fails in time. */
function pingWithin(store: Store, ms: number): Promise<'ok' | 'busy'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('busy'), ms);
    store.ping().then(
      () => {
        clearTimeout(timer);
        resolve('ok');
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      }
    );
  });
}

/**
 * Public liveness: without a token only `{status: "ok"}`, answered without touching the store. With a valid
 * token it also checks the store (without waiting on it) and adds the version, the store's kind and state and
 * the token's role ("Save & test").
 */
export async function healthRoutes(app: FastifyInstance, options: HealthRouteOptions): Promise<void> {
  const { store, version } = options;
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Server liveness; with a token also version, store kind and role',
        response: { 200: healthResponseSchema, 401: errorResponseSchema, 503: errorResponseSchema },
      },
    },
    async (request) => {
      const auth = request.auth;
      if (auth === null) {
        return { status: 'ok' };
      }
      let state: 'ok' | 'busy';
      try {
        state = await pingWithin(store, PING_BUDGET_MS);
      } catch (err) {
        request.log.error({ err: loggableError(err) }, 'store ping failed');
        throw new HttpError(503, 'store_unavailable', `the ${store.kind} store does not answer`);
      }
      return { status: 'ok', version, store: { kind: store.kind, state }, role: auth.role };
    }
  );
}
