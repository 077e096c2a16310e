// Test ids shared by unit tests and browser tests.
export const testIds = {
  app: {
    root: 'data-testid scorecard-app-root',
    nav: 'data-testid scorecard-app-nav',
    page: (id: string) => `data-testid scorecard-app-page-${id}`,
  },
  balancedPanel: {
    root: 'data-testid balanced-scorecard-panel',
    frame: (index: number) => `data-testid balanced-scorecard-frame-${index}`,
    empty: 'data-testid balanced-scorecard-empty',
  },
  funnelPanel: {
    root: 'data-testid journey-funnel-panel',
    frame: (index: number) => `data-testid journey-funnel-frame-${index}`,
    empty: 'data-testid journey-funnel-empty',
  },
  datasource: {
    configEditor: 'data-testid kpi-datasource-config-editor',
    queryEditor: 'data-testid kpi-datasource-query-editor',
  },
};
