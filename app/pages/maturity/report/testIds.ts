// Test ids of a maturity cycle's printable report (unit and browser tests).
export const reportTestIds = {
  root: 'data-testid scorecard-maturity-report',
  section: (name: string) => `data-testid scorecard-maturity-report-section-${name}`,
  provisional: 'data-testid scorecard-maturity-report-provisional',
  print: 'data-testid scorecard-maturity-report-print',
  download: 'data-testid scorecard-maturity-report-download',
  downloadError: 'data-testid scorecard-maturity-report-download-error',
  back: 'data-testid scorecard-maturity-report-back',
  loadError: 'data-testid scorecard-maturity-report-load-error',
};
