import { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maturityReport } from '../../core/maturity/report';
import { resourceId } from '../../core/schema/common';
import { requireRole } from '../auth/bearer';
import { reportPdf } from '../maturity/report-pdf';
import { type MaturityService } from '../maturity/service';
import { actorOf } from './registry/request';

const cycleParams = z.strictObject({ id: resourceId });

/** A file name part made only of characters every browser keeps. */
const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

/** The maturity report of a cycle as a PDF, seen as GET results shows it to the caller. */
export async function maturityReportRoutes(scope: FastifyInstance, opts: { maturity: MaturityService }): Promise<void> {
  scope.setValidatorCompiler(validatorCompiler);
  scope.setSerializerCompiler(serializerCompiler);
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const { maturity } = opts;

  app.get(
    '/api/v1/maturity/cycles/:id/report.pdf',
    { preHandler: requireRole('viewer'), schema: { params: cycleParams } },
    async (req, reply) => {
      const results = await maturity.results(req.params.id, actorOf(req));
      const cycle = await maturity.getCycle(req.params.id);
      const pdf = await reportPdf(maturityReport(cycle, results));
      const name = `maturity-${safe(cycle.unit)}-${cycle.year}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    }
  );
}
