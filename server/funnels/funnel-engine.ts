import {
  computeFunnel,
  funnelJourney,
  type FunnelEvent,
  type FunnelFilter,
  type FunnelJourney,
  type FunnelResult,
} from '../../core/funnel';
import { type ConversionMeasure } from '../../core/schema/kpi';
import { proportion } from '../../core/stats';
import { conversionJourney } from '../../core/funnel/conversion-journey';
import { ValueEngineError } from '../values/engine/errors';
import { HOLDABLE_COLUMNS, type JourneyDocument } from '../../core/schema/journey';
import { CANONICAL_COLUMNS, type SourceDocument } from '../../core/schema/source';
import { pickVersion } from '../query/scorecard-rows';
import { QueryError } from '../query/types';
import { RegistryError, type Registry, type VersionRecord } from '../registry/types';
import { type DefinitionMode } from '../values/engine/types';
import {
  type CalculationRequest,
  type ResolvedSource,
  type SeriesPoints,
  type SourceResolver,
  type TimeRange,
} from '../values/types';
import { columnarFunnel } from './columnar/columnar-funnel';
import { customersByRange } from './columnar/customers-by-range';
import { type ColumnarEvents } from './columnar/columnar-events';
import { type OwnEventsCopy } from './columnar/own-events-copy';
import { journeyColumns } from './journey-columns';
import { loadFunnelEvents } from './load-events';

export interface FunnelRequest {
  journey: string;
  range: TimeRange;
  breakdown?: string;
  definition?: DefinitionMode;
  /** Also the period of the same length just before. */
  previous?: boolean;
  signal?: AbortSignal;
}

export interface JourneyFunnel {
  record: VersionRecord;
  doc: JourneyDocument;
  journey: FunnelJourney;
  current: FunnelResult;
  previous: FunnelResult | null;
  now: number;
}

export interface FunnelEngineDeps {
  registry: Pick<Registry, 'versions'>;
  resolver: SourceResolver;
  sourceDocument(id: string): Promise<SourceDocument | null>;
  now?: () => number;
  /** The in-memory copy of the store's own events table, used for sources that read that table as is. */
  ownEvents?: OwnEventsCopy;
  /**
   * The caller calls invalidate() on every write to the store (its own, and other replicas' seen through
   * store_changes), so the copy is checked against the table only after one; else before every query.
   */
  invalidatedOnWrites?: boolean;
}

const BREAKDOWNS = HOLDABLE_COLUMNS.filter((c) => c !== 'value');

/** The journey's version for the request: in force at the range's end, now, pinned or as of (as for KPIs). */
async function journeyVersion(deps: FunnelEngineDeps, id: string, end: number, mode: DefinitionMode, now: number) {
  const versions = await deps.registry.versions('Journey', id).catch((err: unknown) => {
    throw err instanceof RegistryError && err.code === 'not_found'
      ? new RegistryError('not_found', `journey "${id}" is not in the registry`)
      : err;
  });
  const record = pickVersion(versions, mode, end - 1, now);
  if (record === null || record.document.kind !== 'Journey') {
    throw new RegistryError('not_found', `journey "${id}" has no version for definition ${JSON.stringify(mode)}`);
  }
  return { record, doc: record.document };
}

/** The copy when the source is the store's own `events` table with the canonical column names. */
function ownCopy(deps: FunnelEngineDeps, source: ResolvedSource): OwnEventsCopy | null {
  const copy = deps.ownEvents;
  if (copy === undefined || source.db !== copy.db || source.table !== '"events"') {
    return null;
  }
  return CANONICAL_COLUMNS.every((c) => source.column(c) === `"${c}"`) ? copy : null;
}

/** Computes journeys' funnels on their Source's events with the reference semantics (core computeFunnel). */
export class FunnelEngine {
  private copy: { events: Promise<ColumnarEvents>; stale: boolean; ready: boolean } | null = null;

  constructor(private readonly deps: FunnelEngineDeps) {}

  /** The store changed: the next query checks the copy of its events first. */
  invalidate(): void {
    if (this.copy !== null) {
      this.copy.stale = true;
    }
  }

  /** The copy of the own events, checked against the table when it may be out of date. */
  private columnar(copy: OwnEventsCopy): Promise<ColumnarEvents> {
    const kept = this.copy;
    if (this.deps.invalidatedOnWrites === true && kept !== null && !kept.stale) {
      return kept.events;
    }
    const events = copy.current();
    const kept2 = { events, stale: false, ready: false };
    this.copy = kept2;
    events.then(
      () => (kept2.ready = true),
      () => {
        this.copy = null;
      }
    );
    return events;
  }

  /** Builds the copy of the store's own events when one of the journeys reads them; whether it did. */
  async warm(journeys: readonly string[]): Promise<boolean> {
    const now = this.deps.now?.() ?? Date.now();
    for (const id of journeys) {
      const copy = await this.ownCopyOf(id, now).catch(() => null);
      if (copy !== null) {
        await this.columnar(copy);
        return true;
      }
    }
    return false;
  }

  private async ownCopyOf(journey: string, now: number): Promise<OwnEventsCopy | null> {
    const { doc } = await journeyVersion(this.deps, journey, now, 'current', now);
    const source = await this.deps.sourceDocument(doc.spec.source);
    return ownCopy(this.deps, await this.deps.resolver.resolve(source, doc.spec.source));
  }

  /** The copy when it is built and current; else null, and it is (re)built in the background. */
  private async readyColumnar(copy: OwnEventsCopy): Promise<ColumnarEvents | null> {
    const kept = this.copy;
    if (kept !== null && kept.ready && !kept.stale) {
      return kept.events;
    }
    if (kept !== null && !kept.ready) {
      return null;
    }
    // stale or never built: checking is cheap when nothing was added, so wait only when it was built before
    const events = this.columnar(copy);
    events.catch(() => undefined);
    return kept === null ? null : events;
  }

  /**
   * A conversion KPI per bucket: of the customers whose counted attempt entered in the bucket and reached
   * stage `from`, the share that reached `to` (a cohort rate, never over 1), with its sample and margin.
   */
  async conversion(
    measure: ConversionMeasure,
    req: Pick<CalculationRequest, 'kpi' | 'range' | 'grid' | 'signal'>
  ): Promise<SeriesPoints[]> {
    const now = this.deps.now?.() ?? Date.now();
    const { doc } = await journeyVersion(this.deps, measure.journey, Math.min(req.range.to, now), 'effective', now);
    // customers who entered `from` in the period: stage 1 of the journey from `from` through `to`
    const journey = conversionJourney(funnelJourney(doc.spec), measure.from, measure.to);
    if (journey === null) {
      throw new ValueEngineError(
        'invalid-definition',
        `KPI ${req.kpi.metadata.id}: journey "${doc.metadata.id}" has no stages "${measure.from}" then "${measure.to}"`
      );
    }
    const [from, to] = [0, journey.stages.length - 1];
    const source = await this.deps.resolver.resolve(await this.deps.sourceDocument(doc.spec.source), doc.spec.source);
    const { starts, end } = req.grid;
    const first = Math.max(req.range.from, starts[0] ?? req.range.from);
    const last = Math.min(req.range.to, end);
    // a scorecard does not wait for the copy to be built: until it is, the events the journey matches are read
    const copy = ownCopy(this.deps, source);
    const columnar = copy === null ? null : await this.readyColumnar(copy);
    const events =
      columnar !== null
        ? []
        : await loadFunnelEvents(
            source,
            { from: first, through: Math.min(last + journey.windowMs, now) },
            journeyColumns(journey),
            req.signal,
            relevantEvents(journey)
          );
    const buckets = starts.map((start, i) => ({
      from: Math.max(start, req.range.from),
      to: Math.min(starts[i + 1] ?? end, req.range.to),
    }));
    const entrants = columnar === null ? [] : customersByRange(columnar, buckets);
    const points = starts.map((start, i) => {
      const bucket = buckets[i] ?? { from: start, to: start };
      if (bucket.from >= bucket.to) {
        return { time: start, value: null };
      }
      const reached = (
        columnar !== null
          ? columnarFunnel(columnar, journey, bucket, { now }, entrants[i] ?? [])
          : computeFunnel(within(events, bucket.from, Math.min(bucket.to + journey.windowMs, now)), journey, bucket, {
              now,
            })
      ).stages;
      const n = reached[from]?.value ?? 0;
      const k = reached[to]?.value ?? 0;
      const e = proportion({ k, n });
      return {
        time: start,
        value: e.value,
        sample: n,
        ...(e.moe === undefined ? {} : { moe: e.moe }),
        ...(n === 0
          ? { flags: ['division-by-zero' as const], reason: `no customer reached stage "${measure.from}"` }
          : {}),
      };
    });
    return [{ points }];
  }

  async compute(req: FunnelRequest): Promise<JourneyFunnel> {
    const now = this.deps.now?.() ?? Date.now();
    if (req.breakdown !== undefined && !BREAKDOWNS.some((c) => c === req.breakdown)) {
      throw new QueryError(`cannot break a funnel down by "${req.breakdown}": use one of ${BREAKDOWNS.join(', ')}`);
    }
    const { record, doc } = await journeyVersion(
      this.deps,
      req.journey,
      Math.min(req.range.to, now),
      req.definition ?? 'effective',
      now
    );
    const journey = funnelJourney(doc.spec);
    const source = await this.deps.resolver.resolve(await this.deps.sourceDocument(doc.spec.source), doc.spec.source);
    const columns = journeyColumns(journey, req.breakdown);
    const options = { now, ...(req.breakdown === undefined ? {} : { breakdown: req.breakdown }) };
    const copy = ownCopy(this.deps, source);
    const columnar = copy === null ? null : await this.columnar(copy);
    const run = async (range: TimeRange) => {
      if (columnar !== null) {
        return columnarFunnel(columnar, journey, range, options);
      }
      const through = Math.min(range.to + journey.windowMs, now);
      const events = await loadFunnelEvents(
        source,
        { from: range.from, through },
        columns,
        req.signal,
        relevantEvents(journey)
      ).catch((err: unknown) => {
        throw missingColumn(err, req, doc.spec.source) ?? err;
      });
      return computeFunnel(events, journey, range, options);
    };
    const length = req.range.to - req.range.from;
    const [current, previous] = await Promise.all([
      run(req.range),
      req.previous ? run({ from: req.range.from - length, to: req.range.from }) : Promise.resolve(null),
    ]);
    return { record, doc, journey, current, previous, now };
  }
}

/** The only events that can change a funnel (ordered, unordered: those matching a stage or an exclusion); strict reads all. */
function relevantEvents(journey: FunnelJourney): FunnelFilter[] | undefined {
  return journey.order === 'strict' ? undefined : [...journey.stages.map((s) => s.match), ...(journey.exclude ?? [])];
}

/** The events a funnel over attempts entering in [from, to) reads, of events loaded for a wider span. */
function within(events: readonly FunnelEvent[], from: number, through: number): FunnelEvent[] {
  return events.filter((e) => e.time >= from && e.time <= through);
}

/** A source table without the breakdown column is the request's fault: a 400 naming it. */
function missingColumn(err: unknown, req: FunnelRequest, source: string): QueryError | null {
  const text = err instanceof Error ? err.message : String(err);
  if (req.breakdown !== undefined && new RegExp(`\\b${req.breakdown}\\b`).test(text) && /column|Binder/i.test(text)) {
    return new QueryError(`source "${source}" has no column "${req.breakdown}" to break the funnel down by`);
  }
  return null;
}
