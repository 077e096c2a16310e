import { FastifyInstance } from 'fastify';
import { type Registry } from '../../registry/types';
import { auditRoutes } from './audit';
import { bundleRoutes } from './bundle';
import { resourceRoutes } from './resources';

/** The registry API under /api/v1 (docs/registry.md, HTTP API). */
export async function registryRoutes(app: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  await app.register(resourceRoutes, opts);
  await app.register(bundleRoutes, opts);
  await app.register(auditRoutes, opts);
}
