import { z } from 'zod';
import { envelope, filter, governance, resourceId } from './common';

export const PERSPECTIVES = ['financial', 'customer', 'internal-process', 'learning-growth'] as const;
export const JOURNEY_STAGES = ['awareness', 'evaluation', 'purchase', 'onboarding', 'retention', 'advocacy'] as const;
/** Reporting periods: what `target` and `thresholds` refer to ("60 new customers" means 60 per period). */
export const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 'month';

export const AGGREGATES = [
  'count',
  'count_distinct',
  'sum',
  'avg',
  'min',
  'max',
  'median',
  'p90',
  'nps',
  'csat',
  'ces',
  'ratio',
] as const;

// Aggregates that read no field: count counts rows, ratio counts rows matching numerator and denominator.
const FIELDLESS = new Set(['count', 'ratio']);

const sqlMeasure = z
  .strictObject({
    source: resourceId,
    aggregate: z.enum(AGGREGATES),
    field: z.string().min(1).optional(),
    filter: filter.optional(),
    numerator: filter.optional(),
    denominator: filter.optional(),
  })
  .superRefine((m, ctx) => {
    if (!FIELDLESS.has(m.aggregate) && m.field === undefined) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: `aggregate "${m.aggregate}" needs a field` });
    }
    if (m.aggregate === 'ratio') {
      for (const key of ['numerator', 'denominator'] as const) {
        if (m[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `aggregate "ratio" needs a ${key} filter` });
        }
      }
    }
  });

export const CONVERSION = 'conversion';

/** The share (0..1) of customers entering stage `from` who reach stage `to`; the journey names the source. */
const conversionMeasure = z.strictObject({
  aggregate: z.literal(CONVERSION),
  journey: resourceId,
  from: resourceId,
  to: resourceId,
});

/** Every value `aggregate` can take, the journey's conversion included. */
export const MEASURE_AGGREGATES = [...AGGREGATES, CONVERSION] as const;

const measure = z.discriminatedUnion('aggregate', [sqlMeasure, conversionMeasure], {
  error: (issue) => {
    if (issue.code !== 'invalid_union' || typeof issue.input !== 'object' || issue.input === null) {
      return undefined;
    }
    const choices = MEASURE_AGGREGATES.join(', ');
    return 'aggregate' in issue.input
      ? `must be one of ${choices}; got ${JSON.stringify(issue.input.aggregate)}`
      : `missing required field "aggregate": one of ${choices}`;
  },
});

const expression = z.strictObject({
  expr: z.string().min(1),
  /** Names used in expr → KPI ids. */
  inputs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'input names are identifiers'), resourceId),
});

export const calculation = z.union([
  z.strictObject({ measure }),
  z.strictObject({ expression }),
  z.strictObject({ manual: z.strictObject({}) }),
  z.strictObject({ sql: z.strictObject({ query: z.string().min(1) }) }),
]);

export const kpiSpec = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    perspective: z.enum(PERSPECTIVES),
    /** A standard stage or a stage id of a Journey. */
    journeyStage: z.string().min(1).optional(),
    indicator: z.enum(['leading', 'lagging']),
    unit: z.string().min(1),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    target: z.number(),
    thresholds: z.strictObject({ redFlag: z.number(), goal: z.number() }),
    owner: z.string().min(1),
    assumptions: z.string().optional(),
    minimumSample: z.number().int().positive().optional(),
    /** Default month; optional so documents written before periods keep their hash. */
    period: z.enum(PERIODS).optional(),
    governance: governance.optional(),
    calculation,
  })
  .superRefine((k, ctx) => {
    const { redFlag, goal } = k.thresholds;
    const ordered = k.direction === 'higher-is-better' ? redFlag < goal : redFlag > goal;
    if (!ordered) {
      const side = k.direction === 'higher-is-better' ? 'below' : 'above';
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', 'redFlag'],
        message: `with ${k.direction} the red flag (${redFlag}) must lie ${side} the goal (${goal})`,
      });
    }
  });

export const kpiDocument = envelope('KPI', kpiSpec);
export type KpiSpec = z.infer<typeof kpiSpec>;
export type KpiDocument = z.infer<typeof kpiDocument>;
export type Calculation = z.infer<typeof calculation>;
export type Measure = z.infer<typeof measure>;
/** A measure compiled to SQL over a source's events. */
export type SqlMeasure = z.infer<typeof sqlMeasure>;
export type ConversionMeasure = z.infer<typeof conversionMeasure>;

export const isConversion = (m: Measure): m is ConversionMeasure => m.aggregate === CONVERSION;

/** The KPI's reporting period, month when the document does not say. */
/** A kpi query's interval meaning "one bucket per reporting period". */
export const PERIOD_INTERVAL = 'period';

export const kpiPeriod = (spec: Pick<KpiSpec, 'period'>): Period => spec.period ?? DEFAULT_PERIOD;
