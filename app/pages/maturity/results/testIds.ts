// Test ids of a maturity cycle's results view (unit and browser tests).
export const resultsTestIds = {
  root: 'data-testid scorecard-maturity-results',
  headline: 'data-testid scorecard-maturity-results-headline',
  heatmap: 'data-testid scorecard-maturity-results-heatmap',
  cell: (dimensionId: string, stageId: string) =>
    `data-testid scorecard-maturity-results-cell-${dimensionId}-${stageId}`,
  change: (dimensionId: string) => `data-testid scorecard-maturity-results-change-${dimensionId}`,
  nextSteps: (dimensionId: string) => `data-testid scorecard-maturity-results-next-${dimensionId}`,
  evidence: (criterionId: string) => `data-testid scorecard-maturity-results-evidence-${criterionId}`,
  benchmark: (dimensionId: string) => `data-testid scorecard-maturity-results-benchmark-${dimensionId}`,
  provisional: 'data-testid scorecard-maturity-results-provisional',
  reportLink: 'data-testid scorecard-maturity-results-report-link',
  benchmarksLink: 'data-testid scorecard-maturity-results-benchmarks-link',
};
