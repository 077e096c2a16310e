import { subsetRatioGap } from '../../../core/rates';
import { type ConversionMeasure, type KpiDocument } from '../../../core/schema/kpi';
import { type SourceDocument } from '../../../core/schema/source';
import { errorMessage } from '../../error-message';
import { type SqlRow } from '../../store/sql';
import { rollupCalc } from '../rollups/calc';
import { type Rollups } from '../rollups/rollup-store';
import { rowsFromRollups } from '../rollups/serve';
import {
  type CalculationRequest,
  type MeasureRunner,
  type ResolvedSource,
  type SeriesPoints,
  type SourceResolver,
} from '../types';
import { ValueEngineError, ValueLimitError } from '../engine/errors';
import { compileBreakdownCount, compileMeasure, type Measure } from './compile-measure';
import { measureSeries } from './series';
import { StatementBatcher } from './statement-batch';

const OWN_EVENTS = '"events"';

export interface MeasureRunnerDeps {
  resolver: SourceResolver;
  /** Conversion KPIs: computed by the funnel engine on their journey's events. */
  conversions?: {
    conversion(measure: ConversionMeasure, req: CalculationRequest): Promise<SeriesPoints[]>;
  };
  /** Pre-aggregates of measures over the store's own events (none: every query reads the events). */
  rollups?: { store: Rollups; slotMs: number };
  /** The Source document with this id, or null when there is none (e.g. looked up in the registry). */
  sourceDocument(id: string): Promise<SourceDocument | null>;
}

/** The KPI's measure over events; null for other calculations and for conversions (the funnel engine's). */
function eventMeasure(kpi: KpiDocument): Measure | null {
  const { calculation } = kpi.spec;
  return 'measure' in calculation && calculation.measure.aggregate !== 'conversion' ? calculation.measure : null;
}

function measureOf(req: CalculationRequest): Measure {
  const measure = eventMeasure(req.kpi);
  if (measure === null) {
    throw new Error(`KPI "${req.kpi.metadata.id}" is not a measure KPI over events`);
  }
  return measure;
}

/** Compiles a KPI's measure for its source's engine, runs it there and computes points with core/stats. */
export class SqlMeasureRunner implements MeasureRunner {
  private readonly batcher = new StatementBatcher();

  constructor(private readonly deps: MeasureRunnerDeps) {}

  /** A breakdown over a column with more values than series allowed is refused before any series is built. */
  private async checkSeriesCap(measure: Measure, req: CalculationRequest, source: ResolvedSource): Promise<void> {
    const cap = req.maxSeries;
    const count = cap === undefined ? null : compileBreakdownCount(measure, req, source, source.engine, cap);
    if (cap === undefined || count === null) {
      return;
    }
    const [row] = await source.db.query(count.sql, count.params, { signal: req.signal });
    const n = Number(row?.n ?? 0);
    if (n > cap) {
      throw new ValueLimitError(
        'too-many-series',
        `KPI ${req.kpi.metadata.id}: breaking down by "${req.breakdown}" gives more than ${cap} series, the limit: break down by a column with fewer values (segment, channel, region) or filter`
      );
    }
  }

  private conversion(measure: ConversionMeasure, req: CalculationRequest): Promise<SeriesPoints[]> {
    const id = req.kpi.metadata.id;
    if (this.deps.conversions === undefined) {
      return Promise.reject(
        new ValueEngineError('invalid-definition', `KPI ${id}: no funnel engine computes conversions here`)
      );
    }
    if (req.breakdown !== undefined || req.filter !== undefined) {
      const what = req.breakdown !== undefined ? `broken down by "${req.breakdown}"` : 'filtered';
      return Promise.reject(
        new ValueEngineError(
          'breakdown-unsupported',
          `KPI ${id} (conversion) cannot be ${what}: break the journey's funnel down instead`
        )
      );
    }
    return this.deps.conversions.conversion(measure, req);
  }

  /** Builds the pre-aggregate a measure KPI reads, unless it exists; false when it reads events instead. */
  async prepare(kpi: KpiDocument): Promise<boolean> {
    const rollups = this.deps.rollups;
    const measure = eventMeasure(kpi);
    if (rollups === undefined || measure === null) {
      return false;
    }
    const source = await this.deps.resolver.resolve(await this.deps.sourceDocument(measure.source), measure.source);
    const calc = rollupCalc(measure, source, this.ownEvents(source), rollups.slotMs);
    if (calc === null) {
      return false;
    }
    await rollups.store.ensure(calc);
    return true;
  }

  private ownEvents(source: ResolvedSource): boolean {
    return source.db === this.deps.rollups?.store.db && source.table === OWN_EVENTS;
  }

  /** Unbroken, unfiltered measures over the store's own events read their pre-aggregate. */
  private async fromRollups(
    measure: Measure,
    req: CalculationRequest,
    source: ResolvedSource
  ): Promise<SqlRow[] | null> {
    const rollups = this.deps.rollups;
    if (rollups === undefined || req.breakdown !== undefined || req.filter !== undefined) {
      return null;
    }
    const calc = rollupCalc(measure, source, this.ownEvents(source), rollups.slotMs);
    return calc === null ? null : rowsFromRollups(rollups.store, calc, req);
  }

  /** Read from the events: with the other KPIs' statements on the same source in one statement (StatementBatcher). */
  private fromEvents(measure: Measure, req: CalculationRequest, source: ResolvedSource): Promise<SqlRow[]> {
    return this.batcher.run(source.db, compileMeasure(measure, req, source, source.engine), req.signal);
  }

  async run(req: CalculationRequest): Promise<SeriesPoints[]> {
    const { calculation } = req.kpi.spec;
    if ('measure' in calculation && calculation.measure.aggregate === 'conversion') {
      return this.conversion(calculation.measure, req);
    }
    const measure = measureOf(req);
    const source = await this.deps.resolver.resolve(await this.deps.sourceDocument(measure.source), measure.source);
    await this.checkSeriesCap(measure, req, source);
    const failed = (err: unknown) => {
      throw new Error(`KPI "${req.kpi.metadata.id}" on source "${source.id}": ${errorMessage(err)}`, { cause: err });
    };
    const rows =
      (await this.fromRollups(measure, req, source).catch(failed)) ??
      (await this.fromEvents(measure, req, source).catch(failed));
    return measureSeries(rows, {
      aggregate: measure.aggregate,
      breakdown: req.breakdown,
      minimumSample: req.kpi.spec.minimumSample,
      rateGap: (measure.aggregate === 'ratio' ? subsetRatioGap(measure) : null) ?? undefined,
    });
  }
}
