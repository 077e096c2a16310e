import { z } from 'zod';

/** The `version` of every escalation webhook body; a breaking change gets a new one. */
export const NOTIFICATION_VERSION = 'scorecard-escalation/v1';

export const ESCALATION_REASONS = ['opened', 'escalated', 'renotify', 'acknowledged', 'resolved'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

const OPEN_REASONS: ReadonlySet<EscalationReason> = new Set(['opened', 'escalated', 'renotify']);

const time = z.iso.datetime({ offset: true });
const link = z.url({ protocol: /^https?$/ });
const text = z.string().min(1);

/** Sent as a header too, so visible ASCII only. */
export const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'an idempotency key is 1 to 200 visible ASCII characters');

/** One of the periods the breach condition was judged on, oldest first. */
export const breachPeriod = z.strictObject({
  /** The period's label as the scorecard shows it, e.g. 2026-10. */
  period: text,
  /** null when the period has no value. */
  value: z.number().nullable(),
  target: z.number(),
  status: z.enum(['ok', 'warning', 'critical', 'no-data']),
});

const noticeShape = {
  idempotencyKey,
  escalationId: text,
  reason: z.enum(ESCALATION_REASONS),
  /** The level notified; for acknowledged and resolved, the highest level reached. */
  level: z.number().int().min(1),
  policy: z.strictObject({ id: text, version: z.number().int().min(1), name: text }),
  kpi: z.strictObject({
    id: text,
    name: text,
    owner: text,
    unit: text,
    direction: z.enum(['higher-is-better', 'lower-is-better']),
  }),
  /** `status` is the policy's breach condition. */
  breach: z.strictObject({ status: z.enum(['critical', 'below-target']), periods: z.array(breachPeriod).min(1) }),
  openedAt: time,
  acknowledgedAt: time.optional(),
  acknowledgedBy: text.optional(),
  resolvedAt: time.optional(),
  /** Why it was resolved: the KPI recovered, the policy no longer selects the KPI, or a person resolved it. */
  resolution: z.enum(['recovered', 'deselected', 'manual']).optional(),
  resolvedBy: text.optional(),
  /** The note given with the acknowledgement or resolution. */
  note: z.string().optional(),
  links: z.strictObject({ kpi: link, scorecard: link.optional() }),
};

/** What the server knows about an escalation when it notifies. */
export const escalationNotice = z.strictObject(noticeShape);
export type EscalationNotice = z.infer<typeof escalationNotice>;

/** The webhook body: everything a receiver needs to act without calling back. */
export const escalationNotification = z
  .strictObject({ version: z.literal(NOTIFICATION_VERSION), ...noticeShape })
  .superRefine((n, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((n.acknowledgedAt === undefined) !== (n.acknowledgedBy === undefined)) {
      problem('acknowledgedBy', 'acknowledgedAt and acknowledgedBy go together');
    }
    if (n.reason === 'resolved') {
      if (n.resolvedAt === undefined) {
        problem('resolvedAt', 'a resolved notification needs resolvedAt');
      }
    } else {
      for (const at of ['resolvedAt', 'resolution', 'resolvedBy'] as const) {
        if (n[at] !== undefined) {
          problem(at, `reason ${n.reason} cannot carry ${at}`);
        }
      }
    }
    if (n.reason === 'acknowledged' && n.acknowledgedAt === undefined) {
      problem('acknowledgedAt', 'an acknowledged notification needs acknowledgedAt');
    }
    for (const at of ['acknowledgedAt', 'resolvedAt'] as const) {
      const when = n[at];
      if (when !== undefined && Date.parse(when) < Date.parse(n.openedAt)) {
        problem(at, `${at} (${when}) is before openedAt (${n.openedAt})`);
      }
    }
    if (OPEN_REASONS.has(n.reason) && n.acknowledgedAt !== undefined) {
      problem('acknowledgedAt', `reason ${n.reason} goes out only before an acknowledgement`);
    }
  });
export type EscalationNotification = z.infer<typeof escalationNotification>;
