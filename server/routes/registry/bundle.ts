import { FastifyInstance } from 'fastify';
import { isKind, type ResourceDocument } from '../../../core/schema';
import { requireRole } from '../../auth/bearer';
import { roleAtLeast } from '../../auth/roles';
import { HttpError } from '../../http/http-error';
import { type Registry } from '../../registry/types';
import { assertReferences } from './references';
import { actorOf, parseDocument } from './request';
import { applyBody, noQuery } from './schemas';

interface ApplyBody {
  documents: Array<Record<string, unknown>>;
  message?: string;
  approve?: boolean;
  approvedBy?: string;
  prune?: boolean;
  override?: { reason: string };
}

function parseBundle(documents: Array<Record<string, unknown>>): ResourceDocument[] {
  return documents.map((doc, i) => {
    const kind = doc.kind;
    if (!isKind(kind)) {
      throw new HttpError(400, 'invalid', `unknown kind ${JSON.stringify(kind)}`, `body.documents[${i}].kind`);
    }
    return parseDocument(doc, kind, `body.documents[${i}]`);
  });
}

/** POST /api/v1/apply (?dryRun=true returns the plan only), GET /api/v1/export and GET /api/v1/lineage. */
export async function bundleRoutes(app: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  const { registry } = opts;
  app.post<{ Body: ApplyBody; Querystring: { dryRun?: boolean } }>(
    '/api/v1/apply',
    {
      preHandler: requireRole('editor'),
      schema: {
        body: applyBody,
        querystring: { type: 'object', additionalProperties: false, properties: { dryRun: { type: 'boolean' } } },
      },
    },
    async (req) => {
      const docs = parseBundle(req.body.documents);
      await assertReferences(registry, docs, (i) => `body.documents[${i}]`);
      const prune = req.body.prune ?? false;
      if (req.query.dryRun) {
        return { dryRun: true, plan: await registry.plan(docs, { prune }) };
      }
      const actor = actorOf(req);
      if (req.body.approve && !roleAtLeast(actor.role, 'approver')) {
        throw new HttpError(
          403,
          'forbidden',
          `apply with approve needs the approver role; the token has ${actor.role}`
        );
      }
      const { message, approve, approvedBy, override } = req.body;
      const result = await registry.apply(docs, actor, {
        prune,
        ...(message === undefined ? {} : { message }),
        ...(approve === undefined ? {} : { approve }),
        ...(approvedBy === undefined ? {} : { approvedBy }),
        ...(override === undefined ? {} : { overrideFreeze: override }),
      });
      return { dryRun: false, ...result };
    }
  );

  app.get('/api/v1/export', { preHandler: requireRole('viewer'), schema: { querystring: noQuery } }, () =>
    registry.export()
  );

  app.get<{ Querystring: { kpi?: string } }>(
    '/api/v1/lineage',
    {
      preHandler: requireRole('viewer'),
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { kpi: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' } },
        },
      },
    },
    (req) => registry.lineage(req.query.kpi)
  );
}
