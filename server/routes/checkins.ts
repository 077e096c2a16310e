import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceId } from '../../core/schema/common';
import { requireRole } from '../auth/bearer';
import { CheckInInputError, MAX_NOTE, parseCheckIn } from '../checkins/checkin-input';
import { assertManualKpi } from '../checkins/manual';
import { SqlCheckInStore } from '../checkins/sql-checkin-store';
import { timeOrReason } from '../events/validate';
import { HttpError } from '../http/http-error';
import { type Registry } from '../registry/types';
import { type Store } from '../store/store';
import { actorOf } from './registry/request';

const stringOrNumber = z.union([z.string(), z.number()]);
const params = z.strictObject({ id: resourceId.max(200) });

const valuesBody = z.strictObject({
  values: z
    .array(
      z.strictObject({ time: stringOrNumber.optional(), value: z.number(), note: z.string().max(MAX_NOTE).optional() })
    )
    .min(1)
    .max(10_000),
});

const dryRunQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

const rangeQuery = z.strictObject({ from: stringOrNumber.optional(), to: stringOrNumber.optional() });

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
export async function checkInRoutes(scope: FastifyInstance, opts: { store: Store; registry: Registry }): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const checkIns = new SqlCheckInStore(opts.store.sql);

  app.post(
    '/api/v1/kpis/:id/values',
    { preHandler: requireRole('editor'), schema: { params, body: valuesBody, querystring: dryRunQuery } },
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

  app.get(
    '/api/v1/kpis/:id/values',
    { preHandler: requireRole('viewer'), schema: { params, querystring: rangeQuery } },
    async (req) => {
      await opts.registry.get('KPI', req.params.id);
      const from = rangeBound(req.query.from, 'from', 0);
      const to = rangeBound(req.query.to, 'to', Date.UTC(9999, 0, 1));
      const values = await checkIns.list(req.params.id, { from, to });
      return { values: values.map((v) => ({ ...v, time: new Date(v.time).toISOString() })) };
    }
  );
}
