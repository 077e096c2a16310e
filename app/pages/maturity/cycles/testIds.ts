// Test ids of the Maturity cycles view (unit and browser tests).
export const cyclesTestIds = {
  root: 'data-testid scorecard-maturity-cycles',
  loadError: 'data-testid scorecard-maturity-cycles-load-error',
  empty: 'data-testid scorecard-maturity-cycles-empty',
  filterModel: 'data-testid scorecard-maturity-cycles-filter-model',
  filterState: 'data-testid scorecard-maturity-cycles-filter-state',
  grid: 'data-testid scorecard-maturity-cycles-grid',
  cell: (unit: string, year: number) => `data-testid scorecard-maturity-cycles-cell-${unit}-${year}`,
  mine: 'data-testid scorecard-maturity-cycles-mine',
  mineItem: (id: string) => `data-testid scorecard-maturity-cycles-mine-${id}`,
  create: 'data-testid scorecard-maturity-cycles-create',
  createBlocked: 'data-testid scorecard-maturity-cycles-create-blocked',
  createForm: 'data-testid scorecard-maturity-cycles-create-form',
  field: (name: string) => `data-testid scorecard-maturity-cycles-field-${name}`,
  submit: 'data-testid scorecard-maturity-cycles-submit',
  formError: 'data-testid scorecard-maturity-cycles-form-error',
};
