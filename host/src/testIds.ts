// Test ids of the host's own UI, shared by its components and the browser specs.
export const hostTestIds = {
  dashboard: 'host-dashboard',
  panel: 'host-dashboard-panel',
  panelProblem: 'host-panel-problem',
  row: 'host-dashboard-row',
  notes: 'host-dashboard-notes',
  nodeGraph: { root: 'host-nodegraph', node: 'host-nodegraph-node', edge: 'host-nodegraph-edge' },
  editors: { query: 'host-query-editor', variable: 'host-variable-editor', annotation: 'host-annotation-editor' },
  testData: { scenario: 'host-testdata-scenario', content: 'host-testdata-content' },
  preview: {
    dashboards: 'host-preview-dashboards',
    dashboardLink: (uid: string) => `host-preview-dashboard-${uid}`,
    timeControls: 'host-preview-time-controls',
    variable: (name: string) => `host-preview-variable-${name}`,
    themeSwitch: 'host-preview-theme-switch',
    notFound: 'host-preview-not-found',
    dashboardList: 'host-preview-dashboard-list-link',
  },
};
