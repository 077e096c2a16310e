import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { kpiBenchmarkQuery, kpiBenchmarks as kpiBenchmarksView } from '../../core/maturity/kpi-benchmark-api';
import { requireRole } from '../auth/bearer';
import { HttpError } from '../http/http-error';
import { type KpiBenchmarkDeps, kpiBenchmarks } from '../maturity/kpi-benchmarks';
import { ValueEngineError } from '../values/engine';

/** The engine's refusals (a KPI that cannot be split by the column, too many periods) are the request's fault. */
function engineRefusal(err: unknown): unknown {
  if (!(err instanceof ValueEngineError)) {
    return err;
  }
  if (err.code === 'time-budget') {
    return new HttpError(503, 'unavailable', err.message);
  }
  const path = err.code === 'breakdown-unsupported' ? 'querystring.by' : 'querystring';
  return new HttpError(400, 'invalid_request', err.message, path);
}

/** DESIGN §9 benchmarks of KPI values across the values of a breakdown column, per reporting period. */
export async function kpiBenchmarkRoutes(scope: FastifyInstance, deps: KpiBenchmarkDeps): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/benchmarks/kpis',
    {
      preHandler: requireRole('viewer'),
      schema: { querystring: kpiBenchmarkQuery, response: { 200: kpiBenchmarksView } },
    },
    async (req) =>
      kpiBenchmarks(deps, req.query).catch((err: unknown) => {
        throw engineRefusal(err);
      })
  );
}
