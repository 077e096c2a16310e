import { type CriterionResult, type Cycle, type CycleResults } from '../../../../core/maturity/api';

/**
 * A hand-made cycle in calibration: three assessors (alice, bob, carol; the lead spelled "Carol"), two dimensions,
 * two stages, six criteria: one agreed, three disputed (one against evidence), one settled, one exempt.
 */
export const cycleFixture: Cycle = {
  id: 'acme-2026',
  model: 'test-model',
  modelVersion: 2,
  unit: 'acme',
  year: 2026,
  asOf: '2026-12-31',
  assessors: ['alice', 'bob', 'carol'],
  lead: 'Carol',
  state: 'calibration',
  createdBy: 'admin',
  createdAt: '2026-11-01T09:00:00Z',
  releasedBy: null,
  releasedAt: null,
  progress: { alice: 6, bob: 6, carol: 6 },
  criteria: 6,
};

const criterion = (
  c: Partial<CriterionResult> & Pick<CriterionResult, 'id' | 'dimension' | 'stage'>
): CriterionResult => ({
  text: `Text of ${c.id}`,
  consensus: null,
  disputed: false,
  settled: null,
  byAssessor: {},
  evidence: null,
  exemption: null,
  ...c,
});

export const criteriaFixture: CriterionResult[] = [
  criterion({
    id: 'plan',
    dimension: 'delivery',
    stage: 'basic',
    text: 'Work is planned per quarter',
    consensus: 'met',
    byAssessor: {
      alice: { answer: 'met', source: 'assessor' },
      bob: { answer: 'met', source: 'assessor' },
      carol: { answer: 'met', source: 'assessor' },
    },
  }),
  criterion({
    id: 'deploy',
    dimension: 'delivery',
    stage: 'advanced',
    text: 'Most KPIs have an owner',
    disputed: true,
    byAssessor: {
      alice: { answer: 'not-met', note: '18 of 25 KPIs have an owner (72%)', source: 'evidence' },
      bob: {
        answer: 'met',
        note: 'owners named in the wiki',
        link: 'https://wiki.example.com/owners',
        source: 'assessor',
      },
      carol: { answer: 'partial', source: 'assessor' },
    },
    evidence: {
      check: 'kpis-with-owner',
      atLeast: 0.8,
      share: 0.72,
      numerator: 18,
      denominator: 25,
      text: '18 of 25 KPIs have an owner (72%)',
      answer: 'not-met',
    },
  }),
  criterion({
    id: 'ci',
    dimension: 'delivery',
    stage: 'basic',
    text: 'Every change is built and tested',
    disputed: true,
    byAssessor: {
      alice: { answer: 'met', note: 'pipeline on every repo', source: 'assessor' },
      bob: { answer: 'partial', source: 'assessor' },
      carol: { answer: 'not-met', note: 'two repos without tests', source: 'assessor' },
    },
  }),
  criterion({
    id: 'onboard',
    dimension: 'people',
    stage: 'basic',
    text: 'New staff have an onboarding plan',
    disputed: true,
    byAssessor: {
      alice: { answer: 'met', source: 'assessor' },
      bob: { answer: 'n/a', note: 'no hires this year', source: 'assessor' },
      carol: { answer: 'partial', source: 'assessor' },
    },
  }),
  criterion({
    id: 'review',
    dimension: 'people',
    stage: 'basic',
    text: 'Performance reviews are held yearly',
    consensus: 'partial',
    disputed: true,
    settled: { answer: 'partial', note: 'held but not recorded', by: 'Carol', at: '2026-11-20T14:05:00Z' },
    byAssessor: {
      alice: { answer: 'met', source: 'assessor' },
      bob: { answer: 'not-met', source: 'assessor' },
      carol: { answer: 'partial', source: 'assessor' },
    },
  }),
  criterion({
    id: 'mentor',
    dimension: 'people',
    stage: 'advanced',
    text: 'Every engineer has a mentor',
    consensus: 'n/a',
    byAssessor: {
      alice: { answer: 'n/a', source: 'exemption' },
      bob: { answer: 'n/a', source: 'exemption' },
      carol: { answer: 'n/a', source: 'exemption' },
    },
    exemption: { reason: 'unit of two people', expires: '2027-06-30' },
  }),
];

export const resultsFixture: CycleResults = {
  id: 'acme-2026',
  state: 'calibration',
  unit: 'acme',
  year: 2026,
  model: 'test-model',
  modelVersion: 2,
  asOf: '2026-12-31',
  assessors: ['alice', 'bob', 'carol'],
  lead: 'Carol',
  stages: [
    { id: 'basic', name: 'Basic' },
    { id: 'advanced', name: 'Advanced' },
  ],
  dimensions: [
    {
      id: 'delivery',
      name: 'Delivery',
      stage: null,
      stageIndex: 0,
      byAssessor: { alice: 'basic', bob: null, carol: null },
      next: { stage: 'basic', criteria: ['ci'] },
    },
    {
      id: 'people',
      name: 'People',
      stage: null,
      stageIndex: 0,
      byAssessor: { alice: 'basic', bob: null, carol: null },
      next: { stage: 'basic', criteria: ['onboard', 'review'] },
    },
  ],
  agreement: { alpha: 0.1, byDimension: { delivery: 0.7, people: null } },
  disputed: ['deploy', 'ci', 'onboard'],
  criteria: criteriaFixture,
  previous: null,
  change: {},
};

/** The fixture with every dispute settled (as the server would answer after settling them). */
export const settledResultsFixture: CycleResults = {
  ...resultsFixture,
  disputed: [],
  criteria: criteriaFixture.map((c) =>
    c.disputed && c.settled === null
      ? {
          ...c,
          consensus: 'partial',
          settled: { answer: 'partial', note: 'agreed', by: 'Carol', at: '2026-11-21T10:00:00Z' },
        }
      : c
  ),
};
