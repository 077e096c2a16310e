import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acknowledgeBody,
  escalationList,
  escalationListQuery,
  escalationView,
  evaluationSummary,
  resolveBody,
} from '../../core/escalation/api';
import { requireRole } from '../auth/bearer';
import { type EscalationService } from '../escalation/service';
import { actorOf } from './registry/request';

const params = z.strictObject({ id: z.string().min(1).max(200) });

/** DESIGN §10: list, evaluate now, acknowledge and resolve escalations; shapes from core/escalation/api.ts. */
export async function escalationRoutes(
  scope: FastifyInstance,
  opts: { escalations: EscalationService }
): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const { escalations } = opts;
  const base = '/api/v1/escalations';

  app.get(
    base,
    {
      preHandler: requireRole('viewer'),
      schema: { querystring: escalationListQuery, response: { 200: escalationList } },
    },
    async (req) => {
      const { from, to, ...rest } = req.query;
      return {
        escalations: await escalations.list({
          ...rest,
          ...(from === undefined ? {} : { from: Date.parse(from) }),
          ...(to === undefined ? {} : { to: Date.parse(to) }),
        }),
      };
    }
  );
  app.post(base, { preHandler: requireRole('editor'), schema: { response: { 200: evaluationSummary } } }, async () =>
    escalations.evaluate()
  );
  app.get(
    `${base}/:id`,
    { preHandler: requireRole('viewer'), schema: { params, response: { 200: escalationView } } },
    async (req) => escalations.get(req.params.id)
  );
  app.post(
    `${base}/:id/ack`,
    {
      preHandler: requireRole('editor'),
      schema: { params, body: acknowledgeBody.optional(), response: { 200: escalationView } },
    },
    async (req) => escalations.acknowledge(req.params.id, actorOf(req), req.body?.note)
  );
  app.post(
    `${base}/:id/resolve`,
    { preHandler: requireRole('editor'), schema: { params, body: resolveBody, response: { 200: escalationView } } },
    async (req) => escalations.resolve(req.params.id, actorOf(req), req.body.note)
  );
}
