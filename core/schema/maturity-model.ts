import { z } from 'zod';
import { envelope, governance, resourceId } from './common';

export const DEFAULT_MATURITY_STAGES = [
  { id: 'ad-hoc', name: 'Ad hoc' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
  { id: 'optimized', name: 'Optimized' },
  { id: 'predictive', name: 'Predictive' },
];

/** Automatic checks computed from the registry; each yields a share 0..1 compared with atLeast. */
export const EVIDENCE_CHECKS = [
  'kpis-with-owner',
  'kpis-with-assumptions',
  'kpis-approved',
  'kpis-with-thresholds',
  'kpis-leading',
  'kpis-with-journey-stage',
  'perspectives-covered',
  'journey-stages-covered',
  'scorecards-with-causes',
] as const;

const criterion = z.strictObject({
  id: resourceId,
  stage: resourceId,
  text: z.string().min(1),
  evidence: z.strictObject({ check: z.enum(EVIDENCE_CHECKS), atLeast: z.number().min(0).max(1) }).optional(),
});

export const maturityModelSpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    governance: governance.optional(),
    stages: z
      .array(z.strictObject({ id: resourceId, name: z.string().min(1) }))
      .min(2)
      .default(DEFAULT_MATURITY_STAGES),
    dimensions: z
      .array(z.strictObject({ id: resourceId, name: z.string().min(1), criteria: z.array(criterion).min(1) }))
      .min(1),
  })
  .superRefine((m, ctx) => {
    const stageIds = m.stages.map((s) => s.id);
    const twice = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    m.stages.forEach((s, si) => {
      if (s.id === 'none') {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', si, 'id'],
          message: '"none" is reserved for "below the lowest stage"',
        });
      }
    });
    for (const id of twice(stageIds)) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: `duplicate stage id "${id}"` });
    }
    for (const id of twice(m.dimensions.map((d) => d.id))) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `duplicate dimension id "${id}"` });
    }
    // answers are keyed by criterion id across the whole model
    for (const id of twice(m.dimensions.flatMap((d) => d.criteria.map((c) => c.id)))) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `duplicate criterion id "${id}"` });
    }
    m.dimensions.forEach((d, di) =>
      d.criteria.forEach((c, ci) => {
        if (!stageIds.includes(c.stage)) {
          const path = ['dimensions', di, 'criteria', ci, 'stage'];
          ctx.addIssue({
            code: 'custom',
            path,
            message: `unknown stage "${c.stage}" (stages: ${stageIds.join(', ')})`,
          });
        }
      })
    );
  });

export const maturityModelDocument = envelope('MaturityModel', maturityModelSpec);
export type MaturityModelSpec = z.infer<typeof maturityModelSpec>;
export type MaturityModelDocument = z.infer<typeof maturityModelDocument>;
