import {
  funnelFromCounts,
  outcomeTotals,
  type FunnelOutcomes,
  type FunnelStageTotals,
  type FunnelValue,
} from '../../core/funnel';
import { groupKey } from '../../core/funnel/outcomes';
import {
  FUNNEL_FIELDS as F,
  FUNNEL_FRAME_KINDS,
  TIME_TO_CONVERT_FIELDS as T,
  type FunnelFrameMeta,
} from '../../core/query';
import { frameJson, type FieldSpec, type FrameJson } from '../query/frame';
import { bucketIndex } from '../values/engine/buckets';
import { type JourneyFunnel } from './funnel-engine';

/** More breakdown values than this keep the largest and fold the rest into "other". */
export const MAX_BREAKDOWN_VALUES = 1000;
export const OTHER = 'other';

interface Group {
  breakdown: FunnelValue;
  stages: FunnelStageTotals[];
}

/** The groups to show: all of them up to the limit, else the largest first stages and one "other" group. */
export function limitGroups(groups: Group[], outcomes: FunnelOutcomes, funnel: JourneyFunnel) {
  if (groups.length <= MAX_BREAKDOWN_VALUES) {
    return { groups, note: null };
  }
  const ranked = [...groups].sort((a, b) => (b.stages[0]?.value ?? 0) - (a.stages[0]?.value ?? 0));
  const kept = ranked.slice(0, MAX_BREAKDOWN_VALUES - 1);
  const keys = new Set(kept.map((g) => groupKey(g.breakdown)));
  // every group not kept counts in the one slot of "other"
  const slotOf = Int32Array.from(outcomes.values, (v) => (keys.has(groupKey(v)) ? -1 : 0));
  const [rest = []] = outcomeTotals(outcomes, funnel.journey, slotOf, 1);
  const restCustomers = rest[0]?.value ?? 0;
  const note = `${groups.length.toLocaleString('en-US')} breakdown values: the ${kept.length} with the most entrants are shown, the other ${(groups.length - kept.length).toLocaleString('en-US')} (${restCustomers.toLocaleString('en-US')} customers) as "${OTHER}"`;
  return { groups: [...kept, { breakdown: OTHER, stages: rest }], note };
}

const num = (name: string, values: unknown[], unit?: string): FieldSpec => ({
  name,
  type: 'number',
  values,
  ...(unit === undefined ? {} : { config: { unit } }),
});

/**
 * The funnel frame of DESIGN §6: one row per stage (per breakdown value and stage), stages in journey order,
 * with conversions, their Wilson 95 % intervals, time to convert, in progress and, with compare, the period
 * before and whether the change is significant.
 */
export function funnelFrame(
  funnel: JourneyFunnel,
  opts: { refId: string; breakdown?: string; stageMeta: FunnelFrameMeta['stages'] }
): FrameJson {
  const { current, previous, doc, record } = funnel;
  const prior = new Map((previous?.groups ?? []).map((g) => [g.breakdown, g.stages]));
  const limited =
    opts.breakdown === undefined
      ? { groups: [{ breakdown: null, stages: current.stages }], note: null }
      : limitGroups(current.groups, current.outcomes, funnel);
  const names = new Map(doc.spec.stages.map((s) => [s.id, s.name]));
  const rows = limited.groups.flatMap((g) => {
    const before = opts.breakdown === undefined ? previous?.stages : prior.get(g.breakdown);
    const steps = funnelFromCounts(
      g.stages.map((s, i) => ({
        stage: s.stage,
        value: s.value,
        ...(previous ? { previous: before?.[i]?.value ?? 0 } : {}),
      }))
    );
    return g.stages.map((s, i) => ({ group: g.breakdown, totals: s, step: steps[i] }));
  });
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  const fields: FieldSpec[] = [
    ...(opts.breakdown === undefined
      ? []
      : [{ name: opts.breakdown, type: 'string' as const, values: col((r) => r.group) }]),
    { name: F.stage, type: 'string', values: col((r) => r.totals.stage) },
    { name: F.name, type: 'string', values: col((r) => names.get(r.totals.stage) ?? r.totals.stage) },
    num(
      F.value,
      col((r) => r.totals.value)
    ),
    num(
      F.conversion,
      col((r) => r.step?.conversion ?? null),
      'percentunit'
    ),
    num(
      F.conversionLow,
      col((r) => r.step?.conversionInterval?.[0] ?? null),
      'percentunit'
    ),
    num(
      F.conversionHigh,
      col((r) => r.step?.conversionInterval?.[1] ?? null),
      'percentunit'
    ),
    num(
      F.stepConversion,
      col((r) => r.step?.stepConversion ?? null),
      'percentunit'
    ),
    num(
      F.stepConversionLow,
      col((r) => r.step?.stepConversionInterval?.[0] ?? null),
      'percentunit'
    ),
    num(
      F.stepConversionHigh,
      col((r) => r.step?.stepConversionInterval?.[1] ?? null),
      'percentunit'
    ),
    num(
      F.medianTimeToConvert,
      col((r) => r.totals.medianTimeToConvert),
      's'
    ),
    num(
      F.meanTimeToConvert,
      col((r) => r.totals.meanTimeToConvert),
      's'
    ),
    num(
      F.inProgress,
      col((r) => r.totals.inProgress)
    ),
    ...(previous === null
      ? []
      : [
          num(
            F.previous,
            col((r) => r.step?.previous ?? null)
          ),
          num(
            F.previousConversion,
            col((r) => r.step?.previousConversion ?? null),
            'percentunit'
          ),
          num(
            F.change,
            col((r) => r.step?.change ?? null),
            'percentunit'
          ),
          { name: F.significant, type: 'boolean' as const, values: col((r) => r.step?.significant ?? null) },
        ]),
  ];
  return frameJson({
    name: doc.metadata.id,
    refId: opts.refId,
    meta: {
      preferredVisualisationType: 'table',
      custom: {
        journey: doc.metadata.id,
        version: record.version,
        definitionHash: record.hash,
        order: doc.spec.order,
        window: doc.spec.conversionWindow,
        stages: opts.stageMeta,
        ...(opts.breakdown === undefined ? {} : { breakdown: opts.breakdown }),
      } satisfies FunnelFrameMeta,
      ...(limited.note === null ? {} : { notices: [{ severity: 'info' as const, text: limited.note }] }),
    },
    fields,
  });
}

/** Upper bounds (seconds) of the time-to-convert histogram's buckets; the last one is open. */
export const TTC_BUCKETS = [60, 300, 900, 3600, 6 * 3600, 86_400, 3 * 86_400, 7 * 86_400, 14 * 86_400, 30 * 86_400];

/** Per step (from the second stage on), how many customers took up to each bucket's bound from the step before. */
export function timeToConvertFrame(funnel: JourneyFunnel, refId: string): FrameJson {
  const { journey, current } = funnel;
  const rows: Array<{ stage: string; upTo: number | null; count: number }> = [];
  if (journey.order !== 'unordered') {
    const counts = journey.stages.map(() => new Array<number>(TTC_BUCKETS.length + 1).fill(0));
    const o = current.outcomes;
    for (let i = 0; i < o.size; i++) {
      const at = o.stepStart[i] ?? 0;
      for (let k = 1; k < (o.level[i] ?? 0); k++) {
        const seconds = ((o.steps[at + k] ?? 0) - (o.steps[at + k - 1] ?? 0)) / 1000;
        const found = TTC_BUCKETS.findIndex((bound) => seconds <= bound);
        const b = found < 0 ? TTC_BUCKETS.length : found;
        const row = counts[k];
        if (row !== undefined) {
          row[b] = (row[b] ?? 0) + 1;
        }
      }
    }
    journey.stages.forEach((stage, k) => {
      if (k > 0) {
        counts[k]?.forEach((count, b) => rows.push({ stage: stage.id, upTo: TTC_BUCKETS[b] ?? null, count }));
      }
    });
  }
  return frameJson({
    name: `${funnel.doc.metadata.id} time to convert`,
    refId,
    meta: { custom: { journey: funnel.doc.metadata.id, kind: FUNNEL_FRAME_KINDS.timeToConvert } },
    fields: [
      { name: T.stage, type: 'string', values: rows.map((r) => r.stage) },
      num(
        T.upTo,
        rows.map((r) => r.upTo),
        's'
      ),
      num(
        T.customers,
        rows.map((r) => r.count)
      ),
    ],
  });
}

/** Conversion over time: of the customers whose counted attempt entered in each bucket, how many reached each stage. */
export function conversionOverTimeFrame(
  funnel: JourneyFunnel,
  refId: string,
  starts: number[],
  end: number
): FrameJson {
  const { journey, current } = funnel;
  const grid = { starts, end };
  const buckets = starts.length;
  const n = journey.stages.length;
  // customers per bucket by level, then per stage: those whose level is above it
  const byLevel = new Float64Array((n + 1) * buckets);
  const o = current.outcomes;
  for (let r = 0; r < o.size; r++) {
    const i = bucketIndex(grid, o.entry[r] ?? 0);
    if (i !== null) {
      const at = Math.min(o.level[r] ?? 0, n) * buckets + i;
      byLevel[at] = (byLevel[at] ?? 0) + 1;
    }
  }
  const reached = journey.stages.map(() => new Array<number>(buckets).fill(0));
  for (let i = 0; i < buckets; i++) {
    let above = 0;
    for (let k = n - 1; k >= 0; k--) {
      above += byLevel[(k + 1) * buckets + i] ?? 0;
      (reached[k] as number[])[i] = above;
    }
  }
  const first = reached[0] ?? [];
  const last = reached[reached.length - 1] ?? [];
  return frameJson({
    name: `${funnel.doc.metadata.id} conversion over time`,
    refId,
    meta: {
      preferredVisualisationType: 'graph',
      custom: { journey: funnel.doc.metadata.id, kind: FUNNEL_FRAME_KINDS.overTime },
    },
    fields: [
      { name: 'time', type: 'time', values: starts },
      num(
        'conversion',
        last.map((n, i) => ((first[i] ?? 0) > 0 ? n / (first[i] ?? 1) : null)),
        'percentunit'
      ),
      ...journey.stages.map((s, k) => num(s.id, reached[k] ?? [])),
    ],
  });
}
