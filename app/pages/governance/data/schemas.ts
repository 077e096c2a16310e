import { z } from 'zod';
import { KINDS } from '../../../../core/schema';
import { freezeWindowDocument } from '../../../../core/schema/freeze-window';

/** The answers of the registry routes this page reads (server/registry/types.ts), checked as they arrive. */

export const summaries = z.array(
  z.object({
    kind: z.enum(KINDS),
    id: z.string(),
    latestVersion: z.number(),
    approvedVersion: z.number().nullable(),
    retired: z.boolean(),
  })
);
export type Summary = z.infer<typeof summaries>[number];

export const freezeWindowRecord = z.object({
  id: z.string(),
  version: z.number(),
  state: z.enum(['proposed', 'approved', 'rejected', 'retired']),
  author: z.string(),
  document: freezeWindowDocument,
});
export type FreezeWindowRecord = z.infer<typeof freezeWindowRecord>;

/** PUT answers {created, version}; approve, reject and retire answer the record or summary (not read further). */
export const putResult = z.object({ created: z.boolean(), version: z.object({ version: z.number() }) });
export const anyAnswer = z.unknown();

export const auditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  kind: z.string().nullable(),
  id: z.string().nullable(),
  version: z.number().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditEntries = z.array(auditEntry);

const head = z.object({ entries: z.number(), hash: z.string() });
export const auditVerify = z.object({
  ok: z.boolean(),
  entries: z.number(),
  versions: z.number(),
  head: head.optional(),
  firstBroken: z.object({ seq: z.number(), reason: z.string() }).optional(),
  tamperedVersions: z
    .array(z.object({ kind: z.string(), id: z.string(), version: z.number(), reason: z.string() }))
    .optional(),
  headMismatch: z.object({ expected: head, reason: z.string() }).optional(),
});
export type AuditVerify = z.infer<typeof auditVerify>;
