import { z } from 'zod';
import { freezeWindowSpec } from '../../../../core/schema/freeze-window';

/** Server answers the Overview reads that core/app-api.ts does not cover (DESIGN §5). */

/** GET /api/v1/<plural>: one summary per resource. */
export const resourceList = z.array(
  z.object({ id: z.string(), latestVersion: z.number(), approvedVersion: z.number().nullable(), retired: z.boolean() })
);

/** GET /api/v1/scorecards/<id>: the latest version's record; only the name is read. */
export const scorecardRecord = z.object({
  id: z.string(),
  document: z.object({ spec: z.object({ name: z.string() }) }),
});

/** GET /api/v1/freeze-windows/<id>. */
export const freezeWindowRecord = z.object({
  id: z.string(),
  state: z.string(),
  document: z.object({ spec: freezeWindowSpec }),
});
export type FreezeWindowRecord = z.infer<typeof freezeWindowRecord>;

const head = z.object({ entries: z.number(), hash: z.string() });

/** GET /api/v1/audit/verify. */
export const auditVerify = z.object({
  ok: z.boolean(),
  entries: z.number(),
  versions: z.number(),
  head: head.optional(),
  firstBroken: z
    .object({ seq: z.number(), reason: z.string(), action: z.string().optional(), at: z.string().optional() })
    .optional(),
  tamperedVersions: z
    .array(z.object({ kind: z.string(), id: z.string(), version: z.number(), reason: z.string() }))
    .optional(),
  headMismatch: z.object({ reason: z.string() }).optional(),
});
export type AuditVerify = z.infer<typeof auditVerify>;

/** A data frame as Grafana's /api/ds/query JSON carries it. */
export const frameJson = z.object({
  schema: z.object({
    refId: z.string().optional(),
    meta: z.object({ custom: z.record(z.string(), z.unknown()).optional() }).optional(),
    fields: z.array(z.object({ name: z.string() })),
  }),
  data: z.object({ values: z.array(z.array(z.unknown())) }).optional(),
});
export type FrameJson = z.infer<typeof frameJson>;

/** POST /api/v1/query. */
export const queryAnswer = z.object({
  results: z.record(z.string(), z.object({ frames: z.array(frameJson).optional(), error: z.string().optional() })),
});
export type QueryAnswer = z.infer<typeof queryAnswer>;
