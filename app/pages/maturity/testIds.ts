// Test ids of the Maturity page's shell and cycle page (the views inside have their own).
export const maturityTestIds = {
  root: 'data-testid scorecard-maturity',
  notFound: 'data-testid scorecard-maturity-not-found',
  cycle: 'data-testid scorecard-maturity-cycle',
  cycleError: 'data-testid scorecard-maturity-cycle-error',
  header: 'data-testid scorecard-maturity-cycle-header',
  state: 'data-testid scorecard-maturity-cycle-state',
  assessor: (name: string) => `data-testid scorecard-maturity-cycle-assessor-${name}`,
  tab: (id: string) => `data-testid scorecard-maturity-cycle-tab-${id}`,
  notAssessor: 'data-testid scorecard-maturity-cycle-not-assessor',
  reportLink: 'data-testid scorecard-maturity-cycle-report-link',
};
