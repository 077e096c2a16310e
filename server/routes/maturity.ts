import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  consensusBody,
  createCycleBody,
  cycle,
  cycleQuery,
  cycleResults,
  exemption,
  exemptionBody,
  responses,
  responsesBody,
} from '../../core/maturity/api';
import { resourceId } from '../../core/schema/common';
import { requireRole } from '../auth/bearer';
import { type BenchmarkService } from '../maturity/benchmark-service';
import { type ExemptionService } from '../maturity/exemptions';
import { type MaturityService } from '../maturity/service';
import { actorOf } from './registry/request';

const cycleParams = z.strictObject({ id: resourceId });
const assessorParams = z.strictObject({ id: resourceId, assessor: z.string().min(1).max(200) });
const exemptionQuery = z.strictObject({ model: resourceId.optional(), unit: z.string().optional() });
const resultsQuery = z.strictObject({ minGroup: z.coerce.number().int().min(1).max(1000).optional() });
const exemptionKey = z.strictObject({ model: resourceId, unit: z.string().min(1), criterion: resourceId });

/** DESIGN §9: cycles, responses, consensus, release, results and exemptions; schemas from core/maturity/api.ts. */
export async function maturityRoutes(
  scope: FastifyInstance,
  opts: { maturity: MaturityService; exemptions: ExemptionService; benchmarks: BenchmarkService }
): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const { maturity, exemptions } = opts;
  const base = '/api/v1/maturity';

  app.post(
    `${base}/cycles`,
    { preHandler: requireRole('approver'), schema: { body: createCycleBody, response: { 201: cycle } } },
    async (req, reply) => reply.code(201).send(await maturity.createCycle(req.body, actorOf(req)))
  );
  app.get(
    `${base}/cycles`,
    {
      preHandler: requireRole('viewer'),
      schema: { querystring: cycleQuery, response: { 200: z.object({ cycles: z.array(cycle) }) } },
    },
    async (req) => ({ cycles: await maturity.listCycles(req.query) })
  );
  app.get(
    `${base}/cycles/:id`,
    { preHandler: requireRole('viewer'), schema: { params: cycleParams, response: { 200: cycle } } },
    async (req) => maturity.getCycle(req.params.id)
  );
  app.get(
    `${base}/cycles/:id/responses/:assessor`,
    { preHandler: requireRole('viewer'), schema: { params: assessorParams, response: { 200: responses } } },
    async (req) => maturity.responses(req.params.id, req.params.assessor, actorOf(req))
  );
  app.put(
    `${base}/cycles/:id/responses/:assessor`,
    {
      preHandler: requireRole('viewer'),
      schema: { params: assessorParams, body: responsesBody, response: { 200: cycle } },
    },
    async (req) => maturity.answer(req.params.id, req.params.assessor, req.body, actorOf(req))
  );
  app.put(
    `${base}/cycles/:id/consensus`,
    {
      preHandler: requireRole('viewer'),
      schema: { params: cycleParams, body: consensusBody, response: { 200: cycleResults } },
    },
    async (req) => maturity.settle(req.params.id, req.body, actorOf(req))
  );
  app.post(
    `${base}/cycles/:id/release`,
    { preHandler: requireRole('viewer'), schema: { params: cycleParams, response: { 200: cycleResults } } },
    async (req) => maturity.release(req.params.id, actorOf(req))
  );
  app.get(
    `${base}/cycles/:id/results`,
    {
      preHandler: requireRole('viewer'),
      schema: { params: cycleParams, querystring: resultsQuery, response: { 200: cycleResults } },
    },
    async (req) => {
      const results = await maturity.results(req.params.id, actorOf(req));
      if (results.state !== 'released') {
        return results;
      }
      return { ...results, benchmark: await opts.benchmarks.compare(results, req.query.minGroup) };
    }
  );
  app.get(
    `${base}/exemptions`,
    {
      preHandler: requireRole('viewer'),
      schema: { querystring: exemptionQuery, response: { 200: z.object({ exemptions: z.array(exemption) }) } },
    },
    async (req) => ({ exemptions: await exemptions.list(req.query) })
  );
  app.put(
    `${base}/exemptions`,
    { preHandler: requireRole('approver'), schema: { body: exemptionBody, response: { 200: exemption } } },
    async (req) => exemptions.put(req.body, actorOf(req))
  );
  app.delete(
    `${base}/exemptions/:model/:unit/:criterion`,
    { preHandler: requireRole('approver'), schema: { params: exemptionKey } },
    async (req, reply) => {
      await exemptions.end(req.params, actorOf(req));
      return reply.code(204).send();
    }
  );
}
