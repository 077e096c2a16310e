import { type ComputeOptions, type KpiResult } from '../values/engine/types';

export type { ComputeOptions, DefinitionMode, KpiResult } from '../values/engine/types';

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
