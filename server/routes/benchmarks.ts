import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  benchmarkFile,
  benchmarkQuery,
  benchmarks,
  exportQuery,
  peerBenchmark,
} from '../../core/maturity/benchmark-api';
import { resourceId } from '../../core/schema/common';
import { requireRole } from '../auth/bearer';
import { type BenchmarkService } from '../maturity/benchmark-service';
import { actorOf } from './registry/request';

const peerId = z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'not a peer benchmark id') });

/** DESIGN §9 benchmarks: over released cycles, the aggregates for peers, and peers' files. */
export async function benchmarkRoutes(scope: FastifyInstance, opts: { benchmarks: BenchmarkService }): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const { benchmarks: service } = opts;

  app.get(
    '/api/v1/benchmarks',
    { preHandler: requireRole('viewer'), schema: { querystring: benchmarkQuery, response: { 200: benchmarks } } },
    async (req) => service.benchmarks(req.query)
  );
  // aggregates only, but leaving the organisation is a disclosure decision
  app.get(
    '/api/v1/benchmarks/export',
    { preHandler: requireRole('approver'), schema: { querystring: exportQuery, response: { 200: benchmarkFile } } },
    async (req) => service.exportFile(req.query)
  );
  app.get(
    '/api/v1/benchmarks/peers',
    {
      preHandler: requireRole('viewer'),
      schema: {
        querystring: z.strictObject({ model: resourceId.optional() }),
        response: { 200: z.object({ peers: z.array(peerBenchmark) }) },
      },
    },
    async (req) => ({ peers: await service.peers(req.query.model) })
  );
  app.post(
    '/api/v1/benchmarks/peers',
    { preHandler: requireRole('approver'), schema: { body: benchmarkFile, response: { 201: peerBenchmark } } },
    async (req, reply) => reply.code(201).send(await service.importFile(req.body, actorOf(req)))
  );
  app.delete(
    '/api/v1/benchmarks/peers/:id',
    { preHandler: requireRole('approver'), schema: { params: peerId } },
    async (req, reply) => {
      await service.removePeer(req.params.id, actorOf(req));
      return reply.code(204).send();
    }
  );
}
