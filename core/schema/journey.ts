import { z } from 'zod';
import { envelope, filter, governance, resourceId } from './common';
import { duration } from './duration';
import { CANONICAL_COLUMNS } from './source';

export { duration, durationMs } from './duration';

export const JOURNEY_ORDERS = ['strict', 'ordered', 'unordered'] as const;
export type JourneyOrder = (typeof JOURNEY_ORDERS)[number];

/** Columns a journey can hold constant across steps: the canonical ones but time and customer (always the same customer). */
export const HOLDABLE_COLUMNS = CANONICAL_COLUMNS.filter(
  (c): c is Exclude<(typeof CANONICAL_COLUMNS)[number], 'time' | 'customer'> => c !== 'time' && c !== 'customer'
);

const stage = z.strictObject({
  id: resourceId,
  name: z.string().min(1),
  /** Events that put a customer in this stage. */
  match: filter,
  /** Most time allowed since the previous step, on top of the conversion window. */
  within: duration.optional(),
  kpis: z.array(resourceId).default([]),
});

export const journeySpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    source: resourceId,
    conversionWindow: duration,
    order: z.enum(JOURNEY_ORDERS),
    governance: governance.optional(),
    stages: z.array(stage).min(2, 'a journey needs at least two stages'),
    /** Events that remove a customer from the funnel when met between entry and the last step reached. */
    exclude: z.array(filter).optional(),
    /** Columns whose entry-event value every step's event must carry. */
    holdConstant: z.array(z.enum(HOLDABLE_COLUMNS)).optional(),
  })
  .superRefine((j, ctx) => {
    const ids = j.stages.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `duplicate stage id "${id}"` });
      }
    });
    const within = j.stages[0]?.within;
    if (within !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stages', 0, 'within'],
        message: `the first stage has no previous step, so "within: ${within}" cannot apply; set it on a later stage`,
      });
    }
    const held = j.holdConstant ?? [];
    held.forEach((column, i) => {
      if (held.indexOf(column) !== i) {
        ctx.addIssue({ code: 'custom', path: ['holdConstant', i], message: `duplicate column "${column}"` });
      }
    });
  });

export const journeyDocument = envelope('Journey', journeySpec);
export type JourneySpec = z.infer<typeof journeySpec>;
export type JourneyDocument = z.infer<typeof journeyDocument>;
export type JourneyStage = JourneySpec['stages'][number];
