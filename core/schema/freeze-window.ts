import { z } from 'zod';
import { envelope, isoTime, labels, resourceId } from './common';

export const freezeWindowSpec = z
  .strictObject({
    from: isoTime,
    to: isoTime,
    /** KPI ids, a label selector, or both (a KPI matching either is covered). */
    scope: z
      .strictObject({ kpis: z.array(resourceId).optional(), labels: labels.optional() })
      .refine((s) => (s.kpis?.length ?? 0) > 0 || Object.keys(s.labels ?? {}).length > 0, {
        message: 'scope needs kpis or labels',
      }),
    reason: z.string().min(1),
  })
  .superRefine((w, ctx) => {
    if (Date.parse(w.from) >= Date.parse(w.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${w.to}) must be after from (${w.from})` });
    }
  });

export const freezeWindowDocument = envelope('FreezeWindow', freezeWindowSpec);
export type FreezeWindowSpec = z.infer<typeof freezeWindowSpec>;
export type FreezeWindowDocument = z.infer<typeof freezeWindowDocument>;
