import { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/bearer';
import { errorResponseSchema } from '../http/http-error';
import { collectMetrics, type CollectDeps } from '../metrics/collect';
import { EXPOSITION_CONTENT_TYPE, exposition } from '../metrics/exposition';

export type MetricsRouteDeps = Omit<CollectDeps, 'now'> & { now?: () => number };

/** GET /metrics: KPI values, scores, statuses and open escalations for Prometheus (docs/metrics.md); viewer token. */
export async function metricsRoutes(app: FastifyInstance, deps: MetricsRouteDeps): Promise<void> {
  app.get(
    '/metrics',
    {
      preHandler: requireRole('viewer'),
      schema: {
        summary: 'Prometheus text exposition (0.0.4) of KPIs, scorecards and open escalations',
        response: { 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (_request, reply) => {
      const now = deps.now?.() ?? Date.now();
      const families = await collectMetrics({ ...deps, now });
      return reply.type(EXPOSITION_CONTENT_TYPE).send(exposition(families));
    }
  );
}
