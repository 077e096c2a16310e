// Test ids shared by unit tests and browser tests.
import { appConfigTestIds } from './components/AppConfig/testIds';
import { catalogTestIds } from './pages/catalog/testIds';
import { escalationsTestIds } from './pages/escalations/testIds';
import { governanceTestIds } from './pages/governance/testIds';
import { overviewTestIds } from './pages/overview/testIds';
import { benchmarksTestIds } from './pages/benchmarks/testIds';
import { assessTestIds } from './pages/maturity/assess/testIds';
import { calibrationTestIds } from './pages/maturity/calibration/testIds';
import { cyclesTestIds } from './pages/maturity/cycles/testIds';
import { reportTestIds } from './pages/maturity/report/testIds';
import { resultsTestIds } from './pages/maturity/results/testIds';
import { maturityTestIds } from './pages/maturity/testIds';

export const testIds = {
  app: {
    root: 'data-testid scorecard-app-root',
    nav: 'data-testid scorecard-app-nav',
    page: (id: string) => `data-testid scorecard-app-page-${id}`,
    notFound: 'data-testid scorecard-app-not-found',
  },
  config: appConfigTestIds,
  overview: overviewTestIds,
  catalog: catalogTestIds,
  governance: governanceTestIds,
  maturity: maturityTestIds,
  cycles: cyclesTestIds,
  assess: assessTestIds,
  calibration: calibrationTestIds,
  results: resultsTestIds,
  report: reportTestIds,
  benchmarks: benchmarksTestIds,
  escalations: escalationsTestIds,
  balancedPanel: {
    root: 'data-testid balanced-scorecard-panel',
    empty: 'data-testid balanced-scorecard-empty',
    error: 'data-testid balanced-scorecard-error',
    summary: 'data-testid balanced-scorecard-summary',
    period: 'data-testid balanced-scorecard-period',
    scoreScale: 'data-testid balanced-scorecard-score-scale',
    problems: 'data-testid balanced-scorecard-problems',
    grid: 'data-testid balanced-scorecard-grid',
    perspective: (key: string) => `data-testid balanced-scorecard-perspective-${key}`,
    objective: (key: string) => `data-testid balanced-scorecard-objective-${key}`,
    kpi: (key: string) => `data-testid balanced-scorecard-kpi-${key}`,
    kpiName: (key: string) => `data-testid balanced-scorecard-kpi-name-${key}`,
    map: 'data-testid balanced-scorecard-map',
    mapBand: (key: string) => `data-testid balanced-scorecard-map-band-${key}`,
    mapNode: (key: string) => `data-testid balanced-scorecard-map-node-${key}`,
    mapEdge: (from: string, to: string) => `data-testid balanced-scorecard-map-edge-${from}->${to}`,
    mapHint: 'data-testid balanced-scorecard-map-hint',
    table: 'data-testid balanced-scorecard-table',
    tableRow: (key: string) => `data-testid balanced-scorecard-table-row-${key}`,
    sortBy: (column: string) => `data-testid balanced-scorecard-sort-by-${column}`,
    perspectivesEditor: 'data-testid balanced-scorecard-perspectives-editor',
    perspectiveRow: (index: number) => `data-testid balanced-scorecard-perspective-row-${index}`,
  },
  funnelPanel: {
    root: 'data-testid journey-funnel-panel',
    empty: 'data-testid journey-funnel-empty',
    error: 'data-testid journey-funnel-error',
    bars: 'data-testid journey-funnel-bars',
    stage: (key: string) => `data-testid journey-funnel-stage-${key}`,
    bar: (key: string) => `data-testid journey-funnel-bar-${key}`,
    inProgress: (key: string) => `data-testid journey-funnel-in-progress-${key}`,
    ghost: (key: string) => `data-testid journey-funnel-ghost-${key}`,
    change: (key: string) => `data-testid journey-funnel-change-${key}`,
    dropOff: (key: string) => `data-testid journey-funnel-drop-off-${key}`,
    problem: (key: string) => `data-testid journey-funnel-problem-${key}`,
    kpi: (stage: string, kpiId: string) => `data-testid journey-funnel-kpi-${stage}-${kpiId}`,
    timeToConvert: (key: string) => `data-testid journey-funnel-time-to-convert-${key}`,
    histogram: (key: string) => `data-testid journey-funnel-histogram-${key}`,
    legend: 'data-testid journey-funnel-legend',
    grouped: 'data-testid journey-funnel-grouped',
    multiples: 'data-testid journey-funnel-multiples',
    multiple: (index: number) => `data-testid journey-funnel-multiple-${index}`,
    compact: 'data-testid journey-funnel-compact',
    flow: 'data-testid journey-funnel-flow',
    flowNode: (key: string) => `data-testid journey-funnel-flow-node-${key}`,
    flowLink: (key: string) => `data-testid journey-funnel-flow-link-${key}`,
    flowDropOff: (key: string) => `data-testid journey-funnel-flow-drop-off-${key}`,
    notices: 'data-testid journey-funnel-notices',
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
