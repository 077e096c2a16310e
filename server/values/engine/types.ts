import { type Registry } from '../../registry/types';
import {
  type BreakdownKey,
  type CheckInStore,
  type MeasureRunner,
  type SqlKpiRunner,
  type TimeRange,
  type ValuePoint,
} from '../types';
import { type BucketGrid } from './buckets';
import { type QueryFilter } from './filter';

/** Which definition computes the values (docs/architecture.md, Version in force and as-of). */
export type DefinitionMode = 'effective' | 'current' | { version: number } | { asOf: string };

export interface ComputeOptions {
  range: TimeRange;
  /** Bucket width in ms; the range length (or more) for one value over the whole range. */
  intervalMs: number;
  /** Buckets start at alignMs + k·intervalMs; default: the zone's calendar (see core/periods/grid.ts). */
  alignMs?: number;
  /** Explicit buckets (e.g. reporting periods), instead of intervalMs/alignMs; intervalMs stays the nominal width. */
  grid?: BucketGrid;
  /** Canonical column to split by (segment, channel, region, …). */
  breakdown?: string;
  /** Only events with these segment, channel or region values; expressions pass it to their inputs. */
  filter?: QueryFilter;
  /** Default 'effective'. */
  definition?: DefinitionMode;
}

/** Which version computed which part of the range, [from, to) in epoch ms. */
export interface VersionSpan {
  version: number;
  hash: string;
  from: number;
  to: number;
  /** False when the KPI has no approved version and its latest (proposed) one was used, or a pinned version is unapproved. */
  approved: boolean;
}

/** One series of a KPI. Results are shared with the cache and frozen: copy before changing. */
export interface KpiResult {
  kpiId: string;
  /** The version used; with 'effective', the one covering the last bucket. */
  version: number;
  definitionHash: string;
  versions: VersionSpan[];
  breakdown?: BreakdownKey;
  /** Every bucket of the range in time order; value null where there is no data. */
  points: ValuePoint[];
}

export interface ValueLimits {
  maxPointsPerSeries: number;
  maxRangeMs: number;
  maxSeries: number;
  timeBudgetMs: number;
}

export interface CacheOptions {
  maxEntries: number;
  ttlMs: number;
}

export interface ValueEngineDeps {
  /** Only the version history is read; a Registry fits. */
  registry: Pick<Registry, 'versions'>;
  measure: MeasureRunner;
  sql: SqlKpiRunner;
  checkIns: CheckInStore;
  /** IANA zone that day and week buckets follow (default UTC). */
  timeZone?: string;
  /** The clock for 'current', unapproved fallbacks and cache expiry (tests fix it). */
  now?: () => Date;
  limits?: Partial<ValueLimits>;
  cache?: Partial<CacheOptions>;
}

export interface ValueEngine {
  computeKpi(kpiId: string, opts: ComputeOptions): Promise<KpiResult[]>;
  /** After a new version, an approval or check-ins of the KPI: drops cached results that read it. */
  invalidateKpi(kpiId: string): void;
  /** After new events: drops cached results that read a measure or sql KPI. */
  invalidateEvents(): void;
  invalidateAll(): void;
}
