import { z } from 'zod';
import { envelope, filter, governance, resourceId } from './common';

export const duration = z.string().regex(/^[1-9]\d*(m|h|d|w)$/, 'a duration such as 30d, 12h, 2w or 90m');

export const journeySpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    source: resourceId,
    conversionWindow: duration,
    order: z.enum(['strict', 'ordered', 'unordered']),
    governance: governance.optional(),
    stages: z
      .array(
        z.strictObject({
          id: resourceId,
          name: z.string().min(1),
          /** Events that put a customer in this stage. */
          match: filter,
          kpis: z.array(resourceId).default([]),
        })
      )
      .min(2, 'a journey needs at least two stages'),
  })
  .superRefine((j, ctx) => {
    const ids = j.stages.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `duplicate stage id "${id}"` });
      }
    });
  });

export const journeyDocument = envelope('Journey', journeySpec);
export type JourneySpec = z.infer<typeof journeySpec>;
export type JourneyDocument = z.infer<typeof journeyDocument>;
