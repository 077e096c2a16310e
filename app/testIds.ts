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
    map: 'data-testid balanced-scorecard-map',
    mapBand: (key: string) => `data-testid balanced-scorecard-map-band-${key}`,
    mapNode: (key: string) => `data-testid balanced-scorecard-map-node-${key}`,
    mapEdge: (from: string, to: string) => `data-testid balanced-scorecard-map-edge-${from}->${to}`,
    mapHint: 'data-testid balanced-scorecard-map-hint',
  },
  funnelPanel: {
    root: 'data-testid journey-funnel-panel',
    frame: (index: number) => `data-testid journey-funnel-frame-${index}`,
    empty: 'data-testid journey-funnel-empty',
  },
  datasource: {
    configEditor: 'data-testid kpi-datasource-config-editor',
    queryEditor: 'data-testid kpi-datasource-query-editor',
    queryType: 'data-testid kpi-query-type',
    queryProblem: 'data-testid kpi-query-problem',
    picker: (name: string) => `data-testid kpi-query-picker-${name}`,
    text: (name: string) => `data-testid kpi-query-text-${name}`,
    breakdown: 'data-testid kpi-query-breakdown',
    filter: (column: string) => `data-testid kpi-query-filter-${column}`,
    definition: 'data-testid kpi-query-definition',
    variableEditor: 'data-testid kpi-variable-editor',
    variableList: 'data-testid kpi-variable-list',
    annotationEditor: 'data-testid kpi-annotation-editor',
    annotationKinds: 'data-testid kpi-annotation-kinds',
  },
};
