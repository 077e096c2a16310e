// Test ids of the Benchmarks page (unit and browser tests).
export const benchmarksTestIds = {
  root: 'data-testid scorecard-benchmarks',
  empty: 'data-testid scorecard-benchmarks-empty',
  loadError: 'data-testid scorecard-benchmarks-load-error',
  picker: (name: string) => `data-testid scorecard-benchmarks-picker-${name}`,
  dimension: (id: string) => `data-testid scorecard-benchmarks-dimension-${id}`,
  bar: (dimensionId: string, stageId: string) => `data-testid scorecard-benchmarks-bar-${dimensionId}-${stageId}`,
  rank: (dimensionId: string) => `data-testid scorecard-benchmarks-rank-${dimensionId}`,
  suppressed: (dimensionId: string) => `data-testid scorecard-benchmarks-suppressed-${dimensionId}`,
  peer: (source: string, dimensionId: string) => `data-testid scorecard-benchmarks-peer-${source}-${dimensionId}`,
  kpiTable: 'data-testid scorecard-benchmarks-kpi-table',
  kpiChart: 'data-testid scorecard-benchmarks-kpi-chart',
  kpiPeriod: (label: string) => `data-testid scorecard-benchmarks-kpi-period-${label}`,
};
