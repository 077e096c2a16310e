// Test ids of the Overview page (unit and browser tests).
export const overviewTestIds = {
  root: 'data-testid scorecard-overview',
  section: (id: string) => `data-testid scorecard-overview-section-${id}`,
  sectionError: (id: string) => `data-testid scorecard-overview-section-error-${id}`,
  scorecard: (id: string) => `data-testid scorecard-overview-scorecard-${id}`,
  kpiState: (state: string) => `data-testid scorecard-overview-kpi-state-${state}`,
  perspective: (name: string) => `data-testid scorecard-overview-perspective-${name}`,
  approval: (key: string) => `data-testid scorecard-overview-approval-${key}`,
  freezeNow: (id: string) => `data-testid scorecard-overview-freeze-now-${id}`,
  freezeNext: 'data-testid scorecard-overview-freeze-next',
  audit: 'data-testid scorecard-overview-audit',
  maturityUnit: (unit: string) => `data-testid scorecard-overview-maturity-unit-${unit}`,
  plugins: 'data-testid scorecard-overview-plugins',
};
