import {
  type CriterionResult,
  type Cycle,
  type CycleResults,
  type Evidence,
  type Responses,
} from '../../../../core/maturity/api';

/** A small hand-made cycle: two dimensions, three stages (not in alphabetical order), one evidence criterion. */

export const CYCLE_ID = 'ops-2026';

export const ownersEvidence: Evidence = {
  check: 'kpis-with-owner',
  atLeast: 0.8,
  share: 0.42,
  numerator: 21,
  denominator: 50,
  text: '21 of 50 KPIs have an owner (42%)',
  answer: 'not-met',
};

function criterion(id: string, dimension: string, stage: string, text: string): CriterionResult {
  return {
    id,
    dimension,
    stage,
    text,
    consensus: null,
    disputed: false,
    settled: null,
    byAssessor: {},
    evidence: null,
    exemption: null,
  };
}

// deliberately out of the form's order: the form groups them
export const criteria: CriterionResult[] = [
  { ...criterion('data-owners', 'data', 'defined', 'Every KPI has a named owner'), evidence: ownersEvidence },
  criterion('people-roles', 'people', 'basic', 'Roles for KPI work are written down'),
  criterion('people-training', 'people', 'advanced', 'Owners are trained every year'),
  criterion('data-catalog', 'data', 'basic', 'KPIs are listed in one catalog'),
  criterion('people-review', 'people', 'defined', 'KPI reviews happen each quarter'),
  {
    ...criterion('data-audit', 'data', 'advanced', 'Data lineage is audited'),
    exemption: { reason: 'the warehouse is replaced in 2027', expires: '2027-03-31' },
  },
];

export const results: CycleResults = {
  id: CYCLE_ID,
  state: 'open',
  unit: 'ops',
  year: 2026,
  model: 'practice',
  modelVersion: 2,
  asOf: '2026-12-31',
  assessors: ['alice', 'bob'],
  lead: 'bob',
  stages: [
    { id: 'basic', name: 'Basic' },
    { id: 'defined', name: 'Defined' },
    { id: 'advanced', name: 'Advanced' },
  ],
  dimensions: [
    {
      id: 'people',
      name: 'People',
      stage: null,
      stageIndex: 0,
      byAssessor: {},
      next: { stage: 'basic', criteria: [] },
    },
    { id: 'data', name: 'Data', stage: null, stageIndex: 0, byAssessor: {}, next: { stage: 'basic', criteria: [] } },
  ],
  agreement: { alpha: null, byDimension: {} },
  disputed: [],
  criteria,
  previous: null,
  change: {},
};

export const cycle: Cycle = {
  id: CYCLE_ID,
  model: 'practice',
  modelVersion: 2,
  unit: 'ops',
  year: 2026,
  asOf: '2026-12-31',
  assessors: ['alice', 'bob'],
  lead: 'bob',
  state: 'open',
  createdBy: 'admin',
  createdAt: '2026-01-05T09:00:00.000Z',
  releasedBy: null,
  releasedAt: null,
  progress: { alice: 3, bob: 2 },
  criteria: 6,
};

/** alice's answers as the server gives them: one of her own, the evidence's, the exemption's. */
export const aliceResponses: Responses = {
  cycle: CYCLE_ID,
  assessor: 'alice',
  answers: {
    'people-roles': {
      answer: 'met',
      note: 'see the HR chart',
      link: 'https://wiki.example.com/roles',
      source: 'assessor',
    },
    'data-owners': { answer: 'not-met', note: ownersEvidence.text, source: 'evidence' },
    'data-audit': {
      answer: 'n/a',
      note: 'exempt until 2027-03-31: the warehouse is replaced in 2027',
      source: 'exemption',
    },
  },
};

export function fixtureCriterion(id: string): CriterionResult {
  const found = criteria.find((c) => c.id === id);
  if (found === undefined) {
    throw new Error(`no fixture criterion ${id}`);
  }
  return found;
}
