import { type Cycle, type CriterionResult, type CycleResults } from '../../../../core/maturity/api';

/** A small hand-made cycle for the results view's tests: three stages, three dimensions, not the demo model. */

export const STAGES = [
  { id: 'st-basic', name: 'Basic' },
  { id: 'st-managed', name: 'Managed' },
  { id: 'st-leading', name: 'Leading' },
];

export const releasedCycle: Cycle = {
  id: 'ops-2026',
  model: 'practice-model',
  modelVersion: 2,
  unit: 'ops',
  year: 2026,
  asOf: '2026-12-31',
  assessors: ['ann', 'bo'],
  lead: 'ann',
  state: 'released',
  createdBy: 'admin',
  createdAt: '2026-01-05T09:00:00.000Z',
  releasedBy: 'ann',
  releasedAt: '2026-11-30T15:20:00.000Z',
  progress: { ann: 7, bo: 7 },
  criteria: 7,
};

const criterion = (
  id: string,
  dimension: string,
  stage: string,
  text: string,
  consensus: CriterionResult['consensus'],
  extra: Partial<CriterionResult> = {}
): CriterionResult => ({
  id,
  dimension,
  stage,
  text,
  consensus,
  disputed: false,
  settled: null,
  byAssessor: {},
  evidence: null,
  exemption: null,
  ...extra,
});

export const releasedResults: CycleResults = {
  id: 'ops-2026',
  state: 'released',
  unit: 'ops',
  year: 2026,
  model: 'practice-model',
  modelVersion: 2,
  asOf: '2026-12-31',
  assessors: ['ann', 'bo'],
  lead: 'ann',
  stages: STAGES,
  dimensions: [
    {
      id: 'dim-data',
      name: 'Data',
      stage: 'st-managed',
      stageIndex: 2,
      byAssessor: { ann: 'st-managed', bo: 'st-basic' },
      next: { stage: 'st-leading', criteria: ['data-3'] },
    },
    {
      id: 'dim-people',
      name: 'People',
      stage: null,
      stageIndex: 0,
      byAssessor: { ann: null, bo: null },
      next: { stage: 'st-basic', criteria: ['people-1'] },
    },
    {
      id: 'dim-tools',
      name: 'Tools',
      stage: 'st-leading',
      stageIndex: 3,
      byAssessor: { ann: 'st-leading', bo: 'st-leading' },
      next: { stage: null, criteria: [] },
    },
  ],
  agreement: { alpha: 0.72, byDimension: { 'dim-data': 0.5, 'dim-people': 1, 'dim-tools': 1 } },
  disputed: [],
  criteria: [
    criterion('data-1', 'dim-data', 'st-basic', 'Data sources are listed', 'met'),
    criterion('data-2', 'dim-data', 'st-managed', 'Every source has an owner', 'met'),
    criterion('data-3', 'dim-data', 'st-leading', 'Owners review quality each quarter', 'not-met'),
    criterion('people-1', 'dim-people', 'st-basic', 'Someone leads the KPI practice', 'partial'),
    criterion('tools-1', 'dim-tools', 'st-basic', 'KPIs live in one catalog', 'met'),
    criterion('tools-2', 'dim-tools', 'st-managed', 'Dashboards read from the catalog', 'met'),
    criterion('tools-3', 'dim-tools', 'st-leading', 'Most KPIs carry thresholds', 'met', {
      evidence: {
        check: 'kpis-with-thresholds',
        atLeast: 0.8,
        share: 0.75,
        numerator: 3,
        denominator: 4,
        text: '3 of 4 KPIs have thresholds (75%)',
        answer: 'not-met',
      },
      settled: { answer: 'met', note: 'The fourth KPI is being retired', by: 'ann', at: '2026-11-29T10:00:00.000Z' },
    }),
  ],
  previous: { cycle: 'ops-2025', year: 2025, dimensions: [{ id: 'dim-data', stage: 'st-basic' }] },
  change: { 'dim-data': 1 },
  benchmark: {
    minGroup: 5,
    internal: {
      'dim-data': { n: 6, rank: 58.333, median: 'st-basic' },
      'dim-people': { n: 3, rank: null, median: null, reason: 'only 3 units assessed; at least 5 are needed' },
      'dim-tools': { n: 6, rank: 91.667, median: 'st-managed' },
    },
    peers: [{ source: 'Peer Group A', year: 2026, byDimension: { 'dim-data': { rank: 50, median: 'st-managed' } } }],
  },
};

/** The same cycle before release, in calibration with two disputes. */
export const calibrationCycle: Cycle = { ...releasedCycle, state: 'calibration', releasedBy: null, releasedAt: null };
export const calibrationResults: CycleResults = {
  ...releasedResults,
  state: 'calibration',
  disputed: ['data-3', 'people-1'],
  benchmark: undefined,
};

/** Still open, seen by bo, who has answered 4 of 7 criteria: only bo's answers show, agreement is hidden. */
export const openCycle: Cycle = { ...calibrationCycle, state: 'open', progress: { ann: 7, bo: 4 } };
export const openResults: CycleResults = {
  ...calibrationResults,
  state: 'open',
  disputed: [],
  agreement: { alpha: null, byDimension: {} },
  dimensions: releasedResults.dimensions.map((d) => ({
    ...d,
    byAssessor: Object.fromEntries(Object.entries(d.byAssessor).filter(([name]) => name === 'bo')),
  })),
};
