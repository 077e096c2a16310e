import { z } from 'zod';
import { ESCALATION_REASONS } from './notification-schema';

/** The request and response shapes of the escalation API (DESIGN §10): the server validates with them, clients parse. */

export const ESCALATION_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export const MAX_ESCALATION_NOTE = 2000;
const time = z.iso.datetime({ offset: true });
const text = z.string().min(1);

export const escalationListQuery = z.strictObject({
  /** open = not resolved (acknowledged or not); absent = every state. */
  state: z.enum([...ESCALATION_STATES, 'unresolved']).optional(),
  kpi: z.string().min(1).optional(),
  policy: z.string().min(1).optional(),
  owner: z.string().min(1).optional(),
  /** Escalations opened at or after / before these instants. */
  from: time.optional(),
  to: time.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export type EscalationListQuery = z.infer<typeof escalationListQuery>;

export const acknowledgeBody = z.strictObject({ note: z.string().max(MAX_ESCALATION_NOTE).optional() });
export const resolveBody = z.strictObject({
  note: z.string().trim().min(1, 'say why it is resolved').max(MAX_ESCALATION_NOTE),
});

export const breachPeriodView = z.object({
  period: text,
  status: z.enum(['ok', 'warning', 'critical', 'no-data']),
  belowTarget: z.boolean(),
  value: z.number().nullable().optional(),
  target: z.number().optional(),
});

export const deliveryView = z.object({
  key: text,
  receiver: text,
  receiverType: z.enum(['webhook', 'alertmanager']),
  reason: z.enum(ESCALATION_REASONS),
  level: z.number().int(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  createdAt: time,
  nextAttemptAt: time.nullable(),
  deliveredAt: time.nullable(),
  lastError: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const escalationView = z.object({
  id: text,
  state: z.enum(ESCALATION_STATES),
  policy: text,
  policyVersion: z.number().int(),
  policyName: z.string(),
  kpi: text,
  kpiName: z.string(),
  /** The KPI's Grafana unit id, for showing the breach values; '' when the KPI is gone. */
  unit: z.string().default(''),
  owner: z.string(),
  openedAt: time,
  breach: z.object({
    status: z.enum(['critical', 'below-target']),
    periods: z.number().int(),
    of: z.number().int(),
    through: text,
    detail: z.array(breachPeriodView),
  }),
  /** Highest level notified, from 1; 0 before the first notification. */
  level: z.number().int(),
  notifications: z.array(z.object({ level: z.number().int(), sequence: z.number().int(), at: time, key: text })),
  /** A notification held by quiet hours until then. */
  deferredUntil: time.nullable(),
  acknowledgedAt: time.nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgeNote: z.string().nullable(),
  resolvedAt: time.nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.enum(['recovered', 'deselected', 'manual']).nullable(),
  resolveNote: z.string().nullable(),
  /** Only on GET /api/v1/escalations/{id}. */
  deliveries: z.array(deliveryView).optional(),
});
export type EscalationView = z.infer<typeof escalationView>;

export const escalationList = z.object({ escalations: z.array(escalationView) });

/** What POST /api/v1/escalations (evaluate now) did. */
export const evaluationSummary = z.object({
  at: time,
  policies: z.number().int(),
  opened: z.array(text),
  notified: z.array(text),
  deferred: z.array(text),
  resolved: z.array(text),
  /** Policies that could not be evaluated, with why; the others still were. */
  errors: z.array(z.object({ policy: text, message: text })),
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;
