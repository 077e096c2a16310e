import { FastifyInstance } from 'fastify';
import { requireRole } from '../../auth/bearer';
import { parseAuditHead } from '../../registry/audit-head';
import { type Registry, RegistryError } from '../../registry/types';

const verifyQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { expectHead: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

/** GET /api/v1/audit (paged by seq, oldest first or with order=desc newest first) and GET /api/v1/audit/verify (?expectHead=<entries>:<hash>). */
export async function auditRoutes(app: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  const { registry } = opts;
  app.get<{ Querystring: { after?: number; before?: number; limit?: number; order?: 'asc' | 'desc' } }>(
    '/api/v1/audit',
    {
      preHandler: requireRole('viewer'),
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'integer', minimum: 0 },
            before: { type: 'integer', minimum: 1 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            order: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
          },
        },
      },
    },
    (req) => {
      const { after, before, limit = 100, order = 'asc' } = req.query;
      if (order === 'asc' && before !== undefined) {
        throw new RegistryError(
          'invalid',
          'before pages the newest first: use it with order=desc',
          'querystring.before'
        );
      }
      if (order === 'desc' && after !== undefined) {
        throw new RegistryError('invalid', 'after pages the oldest first: use it with order=asc', 'querystring.after');
      }
      return order === 'desc'
        ? registry.audit({ order, limit, ...(before === undefined ? {} : { before }) })
        : registry.audit({ after: after ?? 0, limit });
    }
  );
  app.get<{ Querystring: { expectHead?: string } }>(
    '/api/v1/audit/verify',
    { preHandler: requireRole('viewer'), schema: { querystring: verifyQuery } },
    (req) =>
      registry.verifyAudit(
        req.query.expectHead === undefined ? {} : { expectHead: parseAuditHead(req.query.expectHead) }
      )
  );
}
