// Test ids of the Overview page (unit and browser tests).
export const overviewTestIds = {
  root: 'data-testid scorecard-overview',
};
