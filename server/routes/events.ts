import { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/bearer';
import { BATCH_ID, BatchConflictError, landBatch, landedBatches } from '../events/batches';
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

const IDEMPOTENCY_KEY = 'idempotency-key';
const KEY_PATH = 'headers.idempotency-key';

/** The batch id of an `Idempotency-Key` header; undefined without one. */
function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) {
    return undefined;
  }
  if (typeof header !== 'string' || !BATCH_ID.test(header)) {
    const message =
      'Idempotency-Key must be 1 to 200 letters, digits, ".", ":" or "-", starting with a letter or digit';
    throw new HttpError(400, 'invalid', message, KEY_PATH);
  }
  return header;
}

/**
 * POST /api/v1/events (NDJSON, one transaction; with `Idempotency-Key` a batch lands at most once),
 * GET /api/v1/events/batches?prefix=, GET /api/v1/events/stats, DELETE /api/v1/events?all=true.
 */
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
          200: {
            type: 'object',
            required: ['inserted'],
            properties: {
              inserted: { type: 'integer' },
              batch: {
                type: 'object',
                required: ['id', 'rows', 'duplicate'],
                properties: { id: { type: 'string' }, rows: { type: 'integer' }, duplicate: { type: 'boolean' } },
              },
            },
          },
        },
      },
    },
    async (req) => {
      if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith(NDJSON)) {
        const message = `send events as ${NDJSON}: one JSON object per line`;
        throw new HttpError(415, 'unsupported_media_type', message, 'headers.content-type');
      }
      const batchId = idempotencyKey(req.headers[IDEMPOTENCY_KEY]);
      const rows = parseBody(req.body);
      if (batchId === undefined) {
        return { inserted: await insertEvents(db, rows) };
      }
      const batch = await landBatch(db, batchId, rows).catch((err: unknown) => {
        throw err instanceof BatchConflictError ? new HttpError(409, 'conflict', err.message, KEY_PATH) : err;
      });
      return { inserted: batch.duplicate ? 0 : batch.rows, batch };
    }
  );

  app.get<{ Querystring: { prefix: string } }>(
    '/api/v1/events/batches',
    {
      preHandler: requireRole('editor'),
      schema: {
        querystring: {
          type: 'object',
          required: ['prefix'],
          additionalProperties: false,
          properties: { prefix: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (req) => {
      const landed = await landedBatches(db, req.query.prefix);
      return { batches: [...landed].map(([id, rows]) => ({ id, rows })) };
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
