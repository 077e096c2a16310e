import { FastifyInstance } from 'fastify';
import { KIND_PATHS, KINDS, type Kind } from '../../../core/schema';
import { requireRole } from '../../auth/bearer';
import { sendVersioned, versionEtag } from '../../http/etag';
import { HttpError } from '../../http/http-error';
import { type Registry } from '../../registry/types';
import { assertReferences } from './references';
import { actorOf, ifMatchOf, parseDocument, positiveInt } from './request';
import { decisionBody, diffQuery, documentBody, getQuery, idParams, listQuery, versionParams } from './schemas';

interface IdParams {
  id: string;
}
interface VersionParams extends IdParams {
  n: string;
}
interface Decision {
  reason?: string;
  override?: { reason: string };
}

/** list, get, put, versions, version n, diff, approve, reject, retire for one kind under /api/v1/<plural>. */
function kindRoutes(app: FastifyInstance, registry: Registry, kind: Kind): void {
  const base = `/api/v1/${KIND_PATHS[kind]}`;
  const viewer = { preHandler: requireRole('viewer') };

  app.get<{ Querystring: { includeRetired?: boolean } }>(
    base,
    { ...viewer, schema: { querystring: listQuery } },
    (req) => registry.list(kind, { includeRetired: req.query.includeRetired ?? false })
  );

  app.get<{ Params: IdParams; Querystring: { version?: string; asOf?: string } }>(
    `${base}/:id`,
    { ...viewer, schema: { params: idParams, querystring: getQuery } },
    async (req, reply) => {
      const { version, asOf } = req.query;
      if (asOf !== undefined && Number.isNaN(Date.parse(asOf))) {
        throw new HttpError(400, 'invalid_request', `asOf must be an ISO-8601 time, got "${asOf}"`, 'query.asOf');
      }
      const record = await registry.get(kind, req.params.id, {
        ...(version === undefined ? {} : { version: positiveInt(version, 'query.version') }),
        ...(asOf === undefined ? {} : { asOf }),
      });
      return sendVersioned(req, reply, record);
    }
  );

  app.put<{ Params: IdParams; Body: Record<string, unknown> }>(
    `${base}/:id`,
    { preHandler: requireRole('editor'), schema: { params: idParams, body: documentBody } },
    async (req, reply) => {
      const { message, ...body } = req.body;
      const doc = parseDocument(body, kind);
      if (doc.metadata.id !== req.params.id) {
        const msg = `metadata.id "${doc.metadata.id}" differs from the id in the URL "${req.params.id}"`;
        throw new HttpError(400, 'invalid', msg, 'body.metadata.id');
      }
      await assertReferences(registry, [doc], () => 'body');
      const ifMatch = ifMatchOf(req);
      const result = await registry.put(doc, actorOf(req), {
        ...(typeof message === 'string' ? { message } : {}),
        ...(ifMatch === undefined ? {} : { ifMatch }),
      });
      return reply
        .code(result.created ? 201 : 200)
        .header('etag', versionEtag(result.version))
        .send(result);
    }
  );

  app.get<{ Params: IdParams }>(`${base}/:id/versions`, { ...viewer, schema: { params: idParams } }, (req) =>
    registry.versions(kind, req.params.id)
  );

  app.get<{ Params: VersionParams }>(
    `${base}/:id/versions/:n`,
    { ...viewer, schema: { params: versionParams } },
    async (req, reply) => {
      const record = await registry.get(kind, req.params.id, { version: positiveInt(req.params.n, 'params.n') });
      return sendVersioned(req, reply, record);
    }
  );

  app.get<{ Params: IdParams; Querystring: { from: string; to: string } }>(
    `${base}/:id/diff`,
    { ...viewer, schema: { params: idParams, querystring: diffQuery } },
    (req) =>
      registry.diff(
        kind,
        req.params.id,
        positiveInt(req.query.from, 'query.from'),
        positiveInt(req.query.to, 'query.to')
      )
  );

  const decide = { preHandler: requireRole('approver'), schema: { params: versionParams, body: decisionBody } };
  app.post<{ Params: VersionParams; Body: Decision | null }>(`${base}/:id/versions/:n/approve`, decide, (req) => {
    const override = req.body?.override;
    const comment = req.body?.reason?.trim();
    return registry.approve(kind, req.params.id, positiveInt(req.params.n, 'params.n'), actorOf(req), {
      ...(override === undefined ? {} : { overrideFreeze: override }),
      ...(comment ? { comment } : {}),
    });
  });
  app.post<{ Params: VersionParams; Body: Decision | null }>(`${base}/:id/versions/:n/reject`, decide, (req) => {
    const reason = req.body?.reason;
    return registry.reject(kind, req.params.id, positiveInt(req.params.n, 'params.n'), actorOf(req), {
      ...(reason === undefined ? {} : { reason }),
    });
  });
  app.post<{ Params: IdParams; Body: Decision | null }>(
    `${base}/:id/retire`,
    { preHandler: requireRole('approver'), schema: { params: idParams, body: decisionBody } },
    (req) => {
      const reason = req.body?.reason;
      return registry.retire(kind, req.params.id, actorOf(req), { ...(reason === undefined ? {} : { reason }) });
    }
  );
}

export async function resourceRoutes(app: FastifyInstance, opts: { registry: Registry }): Promise<void> {
  for (const kind of KINDS) {
    kindRoutes(app, opts.registry, kind);
  }
}
