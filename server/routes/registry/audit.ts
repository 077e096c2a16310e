import { FastifyInstance } from 'fastify';
import { requireRole } from '../../auth/bearer';
import { parseAuditHead } from '../../registry/audit-head';
import { type Registry } from '../../registry/types';

const verifyQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { expectHead: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

/** GET /api/v1/audit (paged by seq) and GET /api/v1/audit/verify (?expectHead=<entries>:<hash>). */
export async function auditRoutes(app: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  const { registry } = opts;
  app.get<{ Querystring: { after?: number; limit?: number } }>(
    '/api/v1/audit',
    {
      preHandler: requireRole('viewer'),
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
      },
    },
    (req) => registry.audit({ after: req.query.after ?? 0, limit: req.query.limit ?? 100 })
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
