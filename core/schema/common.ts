import { z } from 'zod';

export const API_VERSION = 'scorecard/v1';

export const resourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lowercase letters, digits, "." and "-", starting with a letter or digit');

/** A point in time: ISO-8601 date or date-time with offset. */
export const isoTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const labels = z.record(z.string(), z.string());

export const metadata = z.strictObject({
  id: resourceId,
  labels: labels.optional(),
  /** When the version made from this document takes effect; default: its approval time. */
  effectiveFrom: isoTime.optional(),
});

export const governance = z.strictObject({
  /** Approval by someone other than the author. */
  fourEyes: z.boolean().optional(),
});

export const weight = z.number().min(0, 'weight must be >= 0');

/** Maps a column to a value or a list of values, e.g. {event: nps_response, channel: [web, app]}. */
export const filter = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)])
);

export function envelope<K extends string, S extends z.ZodType>(kind: K, spec: S) {
  return z.strictObject({
    apiVersion: z.literal(API_VERSION),
    kind: z.literal(kind),
    metadata,
    spec,
  });
}
