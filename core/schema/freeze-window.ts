import { z } from 'zod';
import { envelope, isoTime, labels, resourceId } from './common';

/** What a window freezes: resources named by id, or carrying every selector label; matching any part is enough. */
export const freezeScope = z
  .strictObject({
    kpis: z.array(resourceId).optional(),
    scorecards: z.array(resourceId).optional(),
    journeys: z.array(resourceId).optional(),
    labels: labels.optional(),
  })
  .refine(
    (s) =>
      [s.kpis, s.scorecards, s.journeys].some((ids) => (ids?.length ?? 0) > 0) ||
      Object.keys(s.labels ?? {}).length > 0,
    { message: 'scope needs kpis, scorecards, journeys or labels' }
  );

export const freezeWindowSpec = z
  .strictObject({
    from: isoTime,
    to: isoTime,
    scope: freezeScope,
    reason: z.string().min(1),
  })
  .superRefine((w, ctx) => {
    if (Date.parse(w.from) >= Date.parse(w.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${w.to}) must be after from (${w.from})` });
    }
  });

export const freezeWindowDocument = envelope('FreezeWindow', freezeWindowSpec);
export type FreezeScope = z.infer<typeof freezeScope>;
export type FreezeWindowSpec = z.infer<typeof freezeWindowSpec>;
export type FreezeWindowDocument = z.infer<typeof freezeWindowDocument>;
