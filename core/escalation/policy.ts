import { z } from 'zod';
import { checkTimeZone } from '../periods/zone';
import { envelope, labels, resourceId } from '../schema/common';
import { duration } from '../schema/duration';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_PERIODS = 24;
export const DEFAULT_RECOVER = { periods: 1, of: 1 } as const;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const isHttpUrl = (text: string): boolean => {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

const isTimeZone = (text: string): boolean => {
  try {
    checkTimeZone(text);
    return true;
  } catch {
    return false;
  }
};

const httpUrl = z.string().refine(isHttpUrl, 'must be an http:// or https:// URL');
const count = z.number().int('must be a whole number');

/** N of the last M periods. */
const nOfM = { periods: count, of: count };

/** Which KPIs: matching any part is enough. */
export const escalationSelect = z
  .strictObject({
    kpis: z.array(resourceId).optional(),
    scorecards: z.array(resourceId).optional(),
    labels: labels.optional(),
    journeyStages: z.array(resourceId).optional(),
  })
  .refine(
    (s) =>
      [s.kpis, s.scorecards, s.journeyStages].some((ids) => (ids?.length ?? 0) > 0) ||
      Object.keys(s.labels ?? {}).length > 0,
    { message: 'select needs kpis, scorecards, labels or journeyStages' }
  );

export const escalationReceiver = z.discriminatedUnion('type', [
  z.strictObject({
    name: z.string().min(1),
    type: z.literal('webhook'),
    url: httpUrl,
    /** Environment variable holding the HMAC key. */
    secretEnv: z.string().min(1).optional(),
  }),
  /** POSTs to {url}/api/v2/alerts. */
  z.strictObject({ name: z.string().min(1), type: z.literal('alertmanager'), url: httpUrl }),
]);

export const quietHours = z.strictObject({
  from: z.string().regex(HH_MM, 'a time of day such as 07:30 (HH:MM, 24-hour)'),
  to: z.string().regex(HH_MM, 'a time of day such as 07:30 (HH:MM, 24-hour)'),
  /** Days on which the window starts; absent = every day. */
  days: z.array(z.enum(WEEKDAYS)).optional(),
  timeZone: z
    .string()
    .refine(isTimeZone, 'an IANA time zone such as UTC, Europe/Berlin or America/New_York')
    .optional(),
});

export const escalationPolicySpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    select: escalationSelect,
    when: z.strictObject({ status: z.enum(['critical', 'below-target']), ...nOfM }),
    recover: z.strictObject(nOfM).optional(),
    levels: z
      .array(
        z.strictObject({ wait: duration.optional(), receivers: z.array(z.string()).min(1, 'a level needs a receiver') })
      )
      .min(1, 'a policy needs at least one level'),
    receivers: z.array(escalationReceiver).min(1, 'a policy needs at least one receiver'),
    quietHours: quietHours.optional(),
    renotify: duration.optional(),
  })
  .superRefine((p, ctx) => {
    const window = (at: 'when' | 'recover', w: { periods: number; of: number } | undefined) => {
      if (w === undefined) {
        return;
      }
      if (w.periods < 1) {
        ctx.addIssue({ code: 'custom', path: [at, 'periods'], message: `${at}.periods must be at least 1` });
      } else if (w.periods > w.of) {
        ctx.addIssue({
          code: 'custom',
          path: [at, 'periods'],
          message: `${at}.periods (${w.periods}) cannot exceed ${at}.of (${w.of})`,
        });
      }
      if (w.of > MAX_PERIODS) {
        ctx.addIssue({ code: 'custom', path: [at, 'of'], message: `${at}.of (${w.of}) cannot exceed ${MAX_PERIODS}` });
      }
    };
    window('when', p.when);
    window('recover', p.recover);

    const names = p.receivers.map((r) => r.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) {
        ctx.addIssue({ code: 'custom', path: ['receivers', i, 'name'], message: `duplicate receiver name "${name}"` });
      }
    });
    p.levels.forEach((level, i) => {
      if (i === 0 && level.wait !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', 0, 'wait'],
          message: `the first level is notified when the escalation opens, so "wait: ${level.wait}" cannot apply`,
        });
      }
      if (i > 0 && level.wait === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'wait'],
          message: 'levels after the first need a wait (how long the previous level has to acknowledge)',
        });
      }
      level.receivers.forEach((name, j) => {
        if (!names.includes(name)) {
          ctx.addIssue({ code: 'custom', path: ['levels', i, 'receivers', j], message: `unknown receiver "${name}"` });
        }
      });
    });
    if (p.quietHours !== undefined && p.quietHours.from === p.quietHours.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['quietHours', 'to'],
        message: `quiet hours from ${p.quietHours.from} to ${p.quietHours.to} are empty: use different times`,
      });
    }
  });

export const escalationPolicyDocument = envelope('EscalationPolicy', escalationPolicySpec);
export type EscalationPolicySpec = z.infer<typeof escalationPolicySpec>;
export type EscalationPolicyDocument = z.infer<typeof escalationPolicyDocument>;
export type EscalationSelect = z.infer<typeof escalationSelect>;
export type EscalationReceiver = z.infer<typeof escalationReceiver>;
export type EscalationLevel = EscalationPolicySpec['levels'][number];
export type QuietHours = z.infer<typeof quietHours>;
