import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalog, duplicates, proposals } from '../../core/app-api';
import { catalogEntries } from '../app-api/catalog';
import { type DuplicateDeps, findDuplicates, MIN_COMMON_PERIODS } from '../app-api/duplicates';
import { pendingProposals } from '../app-api/proposals';
import { requireRole } from '../auth/bearer';
import { type Registry } from '../registry/types';

const catalogQuery = z.strictObject({ includeRetired: z.enum(['true', 'false']).optional() });
const duplicatesQuery = z.strictObject({
  periods: z.coerce.number().int().min(MIN_COMMON_PERIODS).max(60).default(12),
  threshold: z.coerce.number().min(0).max(1).default(0.95),
});

/** What the app's pages read besides the registry routes (core/app-api.ts): the catalog and pending proposals. */
export async function appApiRoutes(scope: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/catalog',
    { preHandler: requireRole('viewer'), schema: { querystring: catalogQuery, response: { 200: catalog } } },
    async (req) => ({
      kpis: await catalogEntries(opts.registry, { includeRetired: req.query.includeRetired === 'true' }),
    })
  );
  app.get(
    '/api/v1/proposals',
    { preHandler: requireRole('viewer'), schema: { response: { 200: proposals } } },
    async () => ({ proposals: await pendingProposals(opts.registry) })
  );
}

/** KPI pairs that may be redundant; needs the value engine. */
export async function duplicateRoutes(scope: FastifyInstance, deps: DuplicateDeps): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/kpis/duplicates',
    { preHandler: requireRole('viewer'), schema: { querystring: duplicatesQuery, response: { 200: duplicates } } },
    async (req) => findDuplicates(deps, req.query)
  );
}
