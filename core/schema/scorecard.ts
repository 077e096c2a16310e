import { z } from 'zod';
import { envelope, governance, resourceId, weight } from './common';

const objective = z.strictObject({
  id: resourceId,
  name: z.string().min(1),
  weight: weight.default(1),
  kpis: z.array(z.strictObject({ kpi: resourceId, weight: weight.default(1) })).default([]),
  /** Objective ids this objective drives: the strategy map's arrows. */
  causes: z.array(resourceId).default([]),
});

const perspective = z.strictObject({
  id: resourceId,
  name: z.string().min(1),
  weight: weight.default(1),
  objectives: z.array(objective).min(1),
});

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export const scorecardSpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    /** The scorecard one level up (e.g. corporate above a business unit). */
    parent: resourceId.optional(),
    governance: governance.optional(),
    perspectives: z.array(perspective).min(1),
  })
  .superRefine((s, ctx) => {
    const objectiveIds = s.perspectives.flatMap((p) => p.objectives.map((o) => o.id));
    for (const dup of duplicates(s.perspectives.map((p) => p.id))) {
      ctx.addIssue({ code: 'custom', path: ['perspectives'], message: `duplicate perspective id "${dup}"` });
    }
    for (const dup of duplicates(objectiveIds)) {
      ctx.addIssue({ code: 'custom', path: ['perspectives'], message: `duplicate objective id "${dup}"` });
    }
    s.perspectives.forEach((p, pi) =>
      p.objectives.forEach((o, oi) =>
        o.causes.forEach((cause, ci) => {
          if (!objectiveIds.includes(cause)) {
            const path = ['perspectives', pi, 'objectives', oi, 'causes', ci];
            ctx.addIssue({ code: 'custom', path, message: `causes names unknown objective "${cause}"` });
          }
        })
      )
    );
  });

export const scorecardDocument = envelope('Scorecard', scorecardSpec);
export type ScorecardSpec = z.infer<typeof scorecardSpec>;
export type ScorecardDocument = z.infer<typeof scorecardDocument>;
