import { z } from 'zod';
import { KINDS } from './schema';

/** What the app's pages read from the KPI server besides the registry routes: one contract for both sides. */

export const VERSION_STATES = ['proposed', 'approved', 'rejected', 'retired'] as const;

/** One KPI as the catalog lists it: the definition in force (approved, else the latest) and its governance state. */
export const catalogEntry = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  perspective: z.string(),
  journeyStage: z.string().nullable(),
  indicator: z.enum(['leading', 'lagging']),
  unit: z.string(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  period: z.string(),
  target: z.number(),
  redFlag: z.number(),
  goal: z.number(),
  owner: z.string(),
  assumptions: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  /** measure, expression, manual or sql. */
  calculation: z.string(),
  /** Scorecards whose objectives name this KPI. */
  scorecards: z.array(z.string()),
  version: z.number(),
  latestVersion: z.number(),
  approvedVersion: z.number().nullable(),
  /** approved (nothing pending), proposed (a newer version awaits approval), draft (never approved), retired. */
  state: z.enum(['approved', 'proposed', 'draft', 'retired']),
  fourEyes: z.boolean(),
});
export type CatalogEntry = z.infer<typeof catalogEntry>;

export const catalog = z.object({ kpis: z.array(catalogEntry) });
export type Catalog = z.infer<typeof catalog>;

/** core/diff.ts FieldChange. */
export const fieldChange = z.object({
  path: z.string(),
  op: z.enum(['added', 'removed', 'changed']),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});

/** A version awaiting a decision, with what it changes against the version in force. */
export const proposal = z.object({
  kind: z.enum(KINDS),
  id: z.string(),
  name: z.string(),
  version: z.number(),
  /** The approved version it would replace; null for a new resource. */
  against: z.number().nullable(),
  author: z.string(),
  message: z.string(),
  createdAt: z.string(),
  fourEyes: z.boolean(),
  /** A later version is proposed or approved: this one can only be rejected ; absent counts as false. */
  superseded: z.boolean().optional(),
  changes: z.array(fieldChange),
});
export type Proposal = z.infer<typeof proposal>;

export const proposals = z.object({ proposals: z.array(proposal) });
export type Proposals = z.infer<typeof proposals>;

/** KPI pairs that may measure the same thing. */
export const duplicatePair = z.object({
  a: z.string(),
  b: z.string(),
  /** same-calculation: the same calculation and filters; correlated: values correlate ≥ threshold. */
  reason: z.enum(['same-calculation', 'correlated']),
  /** Pearson r over the periods both have values for (correlated pairs, and same-calculation ones when known). */
  correlation: z.number().nullable(),
  periods: z.number(),
});
export type DuplicatePair = z.infer<typeof duplicatePair>;

export const duplicates = z.object({
  threshold: z.number(),
  periods: z.number(),
  pairs: z.array(duplicatePair),
});
export type Duplicates = z.infer<typeof duplicates>;
