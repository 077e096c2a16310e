import { FastifyInstance } from 'fastify';
import { ROLES } from '../auth/roles';
import { errorResponseSchema, HttpError } from '../http/http-error';
import { Store } from '../store/store';

export interface HealthRouteOptions {
  store: Store;
  version: string;
}

const healthResponseSchema = {
  type: 'object',
  required: ['status', 'version', 'store'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['ok'] },
    version: { type: 'string' },
    store: {
      type: 'object',
      required: ['kind', 'location'],
      additionalProperties: false,
      properties: { kind: { type: 'string', enum: ['duckdb', 'postgres'] }, location: { type: 'string' } },
    },
    role: { type: 'string', enum: [...ROLES] },
  },
} as const;

/** Public; with a valid token it also reports the token's role, so a datasource "Save & test" can check it. */
export async function healthRoutes(app: FastifyInstance, options: HealthRouteOptions): Promise<void> {
  const { store, version } = options;
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Server liveness, version and store',
        response: { 200: healthResponseSchema, 401: errorResponseSchema, 503: errorResponseSchema },
      },
    },
    async (request) => {
      try {
        await store.ping();
      } catch (err) {
        request.log.error({ err }, 'store ping failed');
        throw new HttpError(503, 'store_unavailable', `the ${store.kind} store does not answer`);
      }
      const role = request.auth?.role;
      return {
        status: 'ok',
        version,
        store: { kind: store.kind, location: store.location },
        ...(role === undefined ? {} : { role }),
      };
    }
  );
}
