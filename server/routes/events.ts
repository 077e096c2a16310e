import { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/bearer';
import { parseNdjsonEvents } from '../events/ndjson';
import { deleteAllEvents, eventStats } from '../events/stats';
import { insertEvents } from '../events/store-sink';
import { EventInputError } from '../events/validate';
import { HttpError } from '../http/http-error';
import { type Store } from '../store/store';

export const NDJSON = 'application/x-ndjson';

const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const;

function parseBody(body: unknown): ReturnType<typeof parseNdjsonEvents> {
  try {
    return parseNdjsonEvents(typeof body === 'string' ? body : '');
  } catch (err) {
    if (err instanceof EventInputError) {
      throw new HttpError(400, 'invalid', `${err.message}; nothing was inserted`, err.where);
    }
    throw err;
  }
}

/** POST /api/v1/events (NDJSON, one transaction), GET /api/v1/events/stats, DELETE /api/v1/events?all=true. */
export async function eventRoutes(app: FastifyInstance, opts: { store: Store }): Promise<void> {
  const db = opts.store.sql;
  // scoped to this plugin: other routes keep answering 415 to NDJSON
  app.addContentTypeParser(NDJSON, { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/v1/events',
    {
      preHandler: requireRole('editor'),
      schema: {
        querystring: noQuery,
        response: {
          200: { type: 'object', required: ['inserted'], properties: { inserted: { type: 'integer' } } },
        },
      },
    },
    async (req) => {
      if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith(NDJSON)) {
        const message = `send events as ${NDJSON}: one JSON object per line`;
        throw new HttpError(415, 'unsupported_media_type', message, 'headers.content-type');
      }
      return { inserted: await insertEvents(db, parseBody(req.body)) };
    }
  );

  app.get('/api/v1/events/stats', { preHandler: requireRole('viewer'), schema: { querystring: noQuery } }, () =>
    eventStats(db)
  );

  app.delete<{ Querystring: { all: boolean } }>(
    '/api/v1/events',
    {
      preHandler: requireRole('admin'),
      schema: {
        querystring: {
          type: 'object',
          required: ['all'],
          additionalProperties: false,
          properties: { all: { type: 'boolean', const: true } },
        },
      },
    },
    async () => ({ deleted: await deleteAllEvents(db) })
  );
}
