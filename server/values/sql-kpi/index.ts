export { StoreSqlKpiRunner, type SqlKpiRunnerOptions } from './sql-kpi-runner';
export { bindMacros, checkSingleSelect, type BoundQuery, type MacroValues } from './statement';
export { runReadOnly, type ReadOptions, type ReadResult } from './read-only';
export { sqlSeries } from './rows';
