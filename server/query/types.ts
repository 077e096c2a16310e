import { type QueryFilter } from '../values/engine/filter';
import { type TimeRange, type ValuePoint, type BreakdownKey } from '../values/types';

export type DefinitionMode = 'effective' | 'current' | { version: number } | { asOf: string };

/** What the value engine returns for one series of a KPI (see server/values/engine). */
export interface KpiResult {
  kpiId: string;
  version: number;
  definitionHash: string;
  versions: Array<{ version: number; hash: string; from: number; to: number }>;
  breakdown?: BreakdownKey;
  points: ValuePoint[];
}

export interface ComputeOptions {
  range: TimeRange;
  intervalMs: number;
  alignMs?: number;
  breakdown?: string;
  filter?: QueryFilter;
  definition?: DefinitionMode;
}

/** The part of the value engine the query API needs. */
export interface KpiComputer {
  computeKpi(kpiId: string, opts: ComputeOptions): Promise<KpiResult[]>;
}

/** A per-query failure, reported beside its refId as Grafana does. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status = 400
  ) {
    super(message);
  }
}
