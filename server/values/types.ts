import { type KpiDocument, type SourceDocument } from '../../core/schema';
import { type BucketGrid } from '../../core/periods';
import { type SqlDb } from '../store/sql';

/** [from, to) in epoch milliseconds, UTC. */
export interface TimeRange {
  from: number;
  to: number;
}

/** Why a point cannot be taken at face value. */
export type ValueFlag = 'insufficient-sample' | 'division-by-zero' | 'missing-input' | 'stale' | 'impossible-rate';

/** One time bucket: `time` is the bucket start (epoch ms). */
export interface ValuePoint {
  time: number;
  /** null when there is no data or the value is not defined (see reason/flags). */
  value: number | null;
  /** Responses, rows or denominator behind the value, where that means something. */
  sample?: number;
  /** Half-width of the 95% confidence interval, in the KPI's unit (survey aggregates, averages, proportions). */
  moe?: number;
  flags?: ValueFlag[];
  reason?: string;
}

export interface BreakdownKey {
  column: string;
  value: string | null;
}

/** Points of one series in time order; only buckets with data unless the caller fills gaps. */
export interface SeriesPoints {
  breakdown?: BreakdownKey;
  points: ValuePoint[];
}

/** Dimension column → the values to keep (sorted), ANDed with a measure's own filter. */
export type DimensionFilter = Record<string, string[]>;

/** One version of a KPI computed over a range. */
export interface CalculationRequest {
  kpi: KpiDocument;
  range: TimeRange;
  /** Nominal bucket width in ms (the $__interval macro); buckets are `grid`. */
  intervalMs: number;
  /** The buckets: values are grouped by the bucket holding their time; a bucket's value is reported at its start. */
  grid: BucketGrid;
  /** Canonical column to split by (segment, channel, region, …). */
  breakdown?: string;
  /** Only rows with these values (a query's filter); runners that cannot honour it must not be asked. */
  filter?: DimensionFilter;
  /** Most series a breakdown may give: a runner refuses more before building them. */
  maxSeries?: number;
  /** Aborts when the request's time budget runs out: the runner stops its statement on the database. */
  signal?: AbortSignal;
}

/** A source resolved to something SQL can run on. */
export interface ResolvedSource {
  id: string;
  engine: 'duckdb' | 'postgres';
  db: SqlDb;
  /** Table (optionally schema-qualified) holding the events. */
  table: string;
  /** Canonical column → SQL column name in the table. */
  column(canonical: string): string;
}

export interface SourceResolver {
  /** The server's own store when the Source has no connection; throws a clear error for unknown ids or unset env vars. */
  resolve(source: SourceDocument | null, id: string): Promise<ResolvedSource>;
  close(): Promise<void>;
}

/** Computes `measure` calculations (compiled to parameterised SQL for the source's engine). */
export interface MeasureRunner {
  run(req: CalculationRequest): Promise<SeriesPoints[]>;
}

/** Computes `sql` calculations: admin-written read-only queries with $__timeFrom, $__timeTo, $__interval. */
export interface SqlKpiRunner {
  run(req: CalculationRequest): Promise<SeriesPoints[]>;
}

/** Manual KPIs: check-ins (value, time, note, author). */
export interface CheckIn {
  kpi: string;
  time: number;
  value: number;
  note: string;
  author: string;
}

export interface CheckInStore {
  add(checkIns: CheckIn[]): Promise<number>;
  /** Check-ins of a KPI in [from, to), time order. */
  list(kpi: string, range: TimeRange): Promise<CheckIn[]>;
}

/** Parses '30s', '5m', '1h', '1d', '1w' into ms; throws a clear error otherwise. */
export type IntervalParser = (text: string) => number;
