// Test ids of the KPI catalog and KPI pages (unit and browser tests).
export const catalogTestIds = {
  root: 'data-testid scorecard-catalog',
};
