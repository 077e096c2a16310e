// Test ids of the Governance page (unit and browser tests).
export const governanceTestIds = {
  root: 'data-testid scorecard-governance',
};
