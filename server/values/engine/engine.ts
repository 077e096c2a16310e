import { type VersionRecord } from '../../registry/types';
import { gridOf } from './buckets';
import { DEFAULT_CACHE, ValueCache } from './cache';
import { type ComputeEnv, computePlan } from './compute-plan';
import { normaliseFilter } from './filter';
import { checkPoints, checkRequest, DEFAULT_LIMITS, withTimeBudget } from './limits';
import { planKpi } from './plan';
import { kpiResults } from './results';
import { type Series } from './series';
import { type ComputeOptions, type KpiResult, type ValueEngine, type ValueEngineDeps, type ValueLimits } from './types';

class DefaultValueEngine implements ValueEngine {
  private readonly limits: ValueLimits;
  private readonly now: () => Date;
  private readonly timeZone: string;
  private readonly cache: ValueCache<Series[]>;

  constructor(private readonly deps: ValueEngineDeps) {
    this.limits = { ...DEFAULT_LIMITS, ...deps.limits };
    this.now = deps.now ?? (() => new Date());
    this.timeZone = deps.timeZone ?? 'UTC';
    this.cache = new ValueCache({ ...DEFAULT_CACHE, ...deps.cache }, () => this.now().getTime());
  }

  computeKpi(kpiId: string, opts: ComputeOptions): Promise<KpiResult[]> {
    try {
      checkRequest(opts, this.limits);
    } catch (err) {
      return Promise.reject(err);
    }
    const budget = new AbortController();
    return withTimeBudget(this.compute(kpiId, opts, budget.signal), this.limits.timeBudgetMs, kpiId, budget);
  }

  invalidateKpi(kpiId: string): void {
    this.cache.invalidateKpi(kpiId);
  }

  invalidateEvents(): void {
    this.cache.invalidateKinds(['measure', 'sql']);
  }

  invalidateAll(): void {
    this.cache.clear();
  }

  private async compute(kpiId: string, opts: ComputeOptions, signal: AbortSignal): Promise<KpiResult[]> {
    const { range, intervalMs, alignMs, breakdown } = opts;
    const filter = normaliseFilter(opts.filter);
    // one read of each KPI's history per request, however often it appears in the expression tree
    const histories = new Map<string, Promise<VersionRecord[]>>();
    const versionsOf = (id: string): Promise<VersionRecord[]> => {
      const known = histories.get(id) ?? this.deps.registry.versions('KPI', id);
      histories.set(id, known);
      return known;
    };
    const grid = opts.grid ?? gridOf(range, intervalMs, this.timeZone, alignMs);
    checkPoints(grid.starts.length, this.limits);
    const mode = opts.definition ?? 'effective';
    const plan = await planKpi({ versionsOf, now: this.now() }, { kpiId, range, grid, mode });
    const env: ComputeEnv = {
      measure: this.deps.measure,
      sql: this.deps.sql,
      checkIns: this.deps.checkIns,
      intervalMs,
      maxSeries: this.limits.maxSeries,
      signal,
      ...(breakdown === undefined ? {} : { breakdown }),
      ...(filter === undefined ? {} : { filter }),
      cache: this.cache,
      limits: this.limits,
    };
    return kpiResults(plan, await computePlan(env, plan));
  }
}

/** The value engine over the registry, the runners of each calculation and the check-in store. */
export function createValueEngine(deps: ValueEngineDeps): ValueEngine {
  return new DefaultValueEngine(deps);
}
