import { FastifyInstance } from 'fastify';
import { requireRole } from '../auth/bearer';
import { type CheckInInput, CheckInInputError, MAX_NOTE, parseCheckIn } from '../checkins/checkin-input';
import { assertManualKpi } from '../checkins/manual';
import { SqlCheckInStore } from '../checkins/sql-checkin-store';
import { timeOrReason } from '../events/validate';
import { HttpError } from '../http/http-error';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { actorOf } from './registry/request';
import { idParams } from './registry/schemas';

const stringOrNumber = { anyOf: [{ type: 'string' }, { type: 'number' }] } as const;

const valuesBody = {
  type: 'object',
  required: ['values'],
  additionalProperties: false,
  properties: {
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 10_000,
      items: {
        type: 'object',
        required: ['value'],
        additionalProperties: false,
        properties: {
          time: stringOrNumber,
          value: { type: 'number' },
          note: { type: 'string', maxLength: MAX_NOTE },
        },
      },
    },
  },
} as const;

const dryRunQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { dryRun: { type: 'boolean' } },
} as const;

const rangeQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { from: stringOrNumber, to: stringOrNumber },
} as const;

function rangeBound(value: string | number | undefined, name: string, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const ms = timeOrReason(value);
  if (typeof ms === 'string') {
    throw new HttpError(400, 'invalid_request', `${name}: ${ms}`, `query.${name}`);
  }
  return ms;
}

/** POST /api/v1/kpis/{id}/values (check-ins of manual KPIs; ?dryRun=true only validates) and GET of the same path. */
export async function checkInRoutes(app: FastifyInstance, opts: { store: Store; registry: Registry }): Promise<void> {
  const checkIns = new SqlCheckInStore(opts.store.sql);

  app.post<{ Params: { id: string }; Body: { values: CheckInInput[] }; Querystring: { dryRun?: boolean } }>(
    '/api/v1/kpis/:id/values',
    { preHandler: requireRole('editor'), schema: { params: idParams, body: valuesBody, querystring: dryRunQuery } },
    async (req, reply) => {
      const kpi = req.params.id;
      await assertManualKpi(opts.registry, kpi);
      const ctx = { kpi, author: actorOf(req).name, now: Date.now() };
      const parsed = req.body.values.map((input, i) => {
        try {
          return parseCheckIn(input, { ...ctx, where: `body.values[${i}]` });
        } catch (err) {
          if (err instanceof CheckInInputError) {
            throw new HttpError(400, 'invalid', err.message, `${err.where}.${err.field}`);
          }
          throw err;
        }
      });
      if (req.query.dryRun) {
        return { dryRun: true, inserted: 0, valid: parsed.length };
      }
      return reply.code(201).send({ inserted: await checkIns.add(parsed) });
    }
  );

  app.get<{ Params: { id: string }; Querystring: { from?: string | number; to?: string | number } }>(
    '/api/v1/kpis/:id/values',
    { preHandler: requireRole('viewer'), schema: { params: idParams, querystring: rangeQuery } },
    async (req) => {
      await opts.registry.get('KPI', req.params.id);
      const from = rangeBound(req.query.from, 'from', 0);
      const to = rangeBound(req.query.to, 'to', Date.UTC(9999, 0, 1));
      const values = await checkIns.list(req.params.id, { from, to });
      return { values: values.map((v) => ({ ...v, time: new Date(v.time).toISOString() })) };
    }
  );
}
