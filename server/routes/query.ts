import { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/bearer';
import { HttpError } from '../http/http-error';
import { Admission, OverloadedError } from '../query/admission';
import { queryRequest, toEpochMs } from '../query/request';
import { answerFromCache, runQueries, type QueryDeps } from '../query/run-queries';

const MAX_RANGE_MS = 5 * 366 * 24 * 3600 * 1000;

/** POST /api/v1/query: a batch of datasource queries → data frames, as Grafana's /api/ds/query answers. */
export interface QueryRouteDeps extends QueryDeps {
  admission?: Admission;
  /** Awaited before each query runs: drops the caches when another process changed the store. */
  refresh?: () => Promise<void>;
}

export async function queryRoutes(app: FastifyInstance, deps: QueryRouteDeps): Promise<void> {
  const admission = deps.admission ?? new Admission();
  app.post(
    '/api/v1/query',
    {
      preHandler: requireRole('viewer'),
      schema: {
        body: {
          type: 'object',
          required: ['from', 'to', 'queries'],
          properties: { from: {}, to: {}, queries: { type: 'array', minItems: 1, maxItems: 50 } },
        },
      },
    },
    async (req) => {
      const parsed = queryRequest.safeParse(req.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new HttpError(
          400,
          'invalid',
          `invalid query request: ${issue?.message ?? 'unknown problem'}`,
          `body.${issue?.path.join('.') ?? ''}`
        );
      }
      let from: number;
      let to: number;
      try {
        from = toEpochMs(parsed.data.from, 'from');
        to = toEpochMs(parsed.data.to, 'to');
      } catch (err) {
        throw new HttpError(400, 'invalid', err instanceof Error ? err.message : String(err), 'body.from');
      }
      if (to <= from) {
        throw new HttpError(400, 'invalid', `to (${new Date(to).toISOString()}) must be after from`, 'body.to');
      }
      if (to - from > MAX_RANGE_MS) {
        throw new HttpError(400, 'invalid', 'the time range is longer than 5 years; narrow it', 'body.from');
      }
      await deps.refresh?.();
      const cached = await answerFromCache(deps, { from, to }, parsed.data.queries);
      if (cached !== null) {
        return cached;
      }
      const answer = await admission
        .run(() => runQueries(deps, { from, to }, parsed.data.queries))
        .catch((err: unknown) => {
          if (err instanceof OverloadedError) {
            throw new HttpError(503, 'busy', err.message, undefined, { 'retry-after': String(err.retryAfterS) });
          }
          throw err;
        });
      for (const [refId, result] of Object.entries(answer.results)) {
        if ((result.status ?? 0) >= 500) {
          // the message is already free of connection strings and stack traces (query-failure.ts)
          req.log.error({ refId, status: result.status, error: result.error }, 'query failed');
        }
      }
      return answer;
    }
  );
}
