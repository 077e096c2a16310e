import { type CriterionResult, type Cycle, type CycleResults } from './api';
import { alphaText, maturityReport, signedChange } from './report';

const criterion = (over: Partial<CriterionResult> & Pick<CriterionResult, 'id' | 'dimension' | 'stage' | 'text'>) => ({
  consensus: 'met' as const,
  disputed: false,
  settled: null,
  byAssessor: {},
  evidence: null,
  exemption: null,
  ...over,
});

const results: CycleResults = {
  id: 'east-2026',
  state: 'released',
  unit: 'east',
  year: 2026,
  model: 'tiny',
  modelVersion: 3,
  asOf: '2026-12-31',
  assessors: ['Ann', 'ben'],
  lead: 'LEO',
  stages: [
    { id: 's1', name: 'Start' },
    { id: 's2', name: 'Grow' },
    { id: 's3', name: 'Lead' },
  ],
  dimensions: [
    { id: 'x', name: 'Data', stage: 's2', stageIndex: 2, byAssessor: {}, next: { stage: 's3', criteria: ['x3'] } },
    { id: 'y', name: 'People', stage: null, stageIndex: 0, byAssessor: {}, next: { stage: 's1', criteria: ['y1'] } },
    { id: 'z', name: 'Tools', stage: 's3', stageIndex: 3, byAssessor: {}, next: { stage: null, criteria: [] } },
  ],
  agreement: { alpha: 0.8125, byDimension: { x: 0.7, y: null, z: -0.25 } },
  disputed: [],
  criteria: [
    criterion({ id: 'x1', dimension: 'x', stage: 's1', text: 'Data has owners' }),
    criterion({
      id: 'x2',
      dimension: 'x',
      stage: 's2',
      text: 'KPIs state assumptions',
      evidence: {
        check: 'kpis-with-assumptions',
        atLeast: 0.5,
        share: 0.75,
        numerator: 3,
        denominator: 4,
        text: '3 of 4 KPIs state their assumptions (75%)',
        answer: 'met',
      },
    }),
    criterion({ id: 'x3', dimension: 'x', stage: 's3', text: 'Data is audited', consensus: 'partial' }),
    criterion({
      id: 'y1',
      dimension: 'y',
      stage: 's1',
      text: 'Roles are named',
      consensus: 'not-met',
      disputed: true,
      settled: { answer: 'not-met', note: 'No RACI yet', by: 'leo', at: '2026-12-01T10:00:00.000Z' },
    }),
    criterion({ id: 'z1', dimension: 'z', stage: 's3', text: 'Tools are shared' }),
  ],
  previous: {
    cycle: 'east-2025',
    year: 2025,
    dimensions: [
      { id: 'x', stage: 's1' },
      { id: 'y', stage: 's2' },
    ],
  },
  change: { x: 1, y: -2 },
};

const cycle: Cycle = {
  id: 'east-2026',
  model: 'tiny',
  modelVersion: 3,
  unit: 'east',
  year: 2026,
  asOf: '2026-12-31',
  assessors: ['Ann', 'ben'],
  lead: 'LEO',
  state: 'released',
  createdBy: 'pat',
  createdAt: '2026-01-02T08:00:00.000Z',
  releasedBy: 'LEO',
  releasedAt: '2026-12-02T09:30:00.000Z',
  progress: { Ann: 5, ben: 4 },
  criteria: 5,
};

describe('maturityReport', () => {
  const report = maturityReport(cycle, results);

  it('titles the report with unit, year, model version, state, as-of and release', () => {
    expect(report.title).toEqual({
      heading: 'east: maturity 2026',
      unit: 'east',
      year: 2026,
      state: 'released',
      provisional: null,
      facts: [
        { label: 'Model', value: 'tiny v3' },
        { label: 'State', value: 'Released' },
        { label: 'Evidence as of', value: '2026-12-31' },
        { label: 'Released', value: '2026-12-02 by LEO' },
      ],
      issued: '2026-12-02T09:30:00.000Z',
    });
  });

  it('gives each dimension its stage, last year’s stage and the signed change', () => {
    expect(report.stages).toEqual({
      previousYear: 2025,
      rows: [
        { dimension: 'Data', stage: 'Grow', level: '2 of 3', previous: 'Start', change: '+1' },
        { dimension: 'People', stage: 'None', level: '0 of 3', previous: 'Grow', change: '−2' },
        { dimension: 'Tools', stage: 'Lead', level: '3 of 3', previous: '—', change: '—' },
      ],
    });
  });

  it('lists the next stage and the texts of its unmet criteria', () => {
    expect(report.nextSteps).toEqual([
      {
        dimension: 'Data',
        next: 'Lead',
        heading: 'Data: next stage Lead',
        criteria: [{ stage: 'Lead', text: 'Data is audited' }],
        empty: null,
      },
      {
        dimension: 'People',
        next: 'Start',
        heading: 'People: next stage Start',
        criteria: [{ stage: 'Start', text: 'Roles are named' }],
        empty: null,
      },
      {
        dimension: 'Tools',
        next: null,
        heading: 'Tools: at the highest stage',
        criteria: [],
        empty: 'No stage above this one.',
      },
    ]);
  });

  it('reads agreement overall and per dimension, null as not enough answers', () => {
    expect(report.agreement).toEqual({
      overall: { label: 'All dimensions', alpha: '0.812', reading: 'Good' },
      byDimension: [
        { label: 'Data', alpha: '0.700', reading: 'Tentative' },
        { label: 'People', alpha: '—', reading: 'Not enough answers' },
        { label: 'Tools', alpha: '-0.250', reading: 'Low' },
      ],
    });
  });

  it('counts what each assessor answered and what the lead settled', () => {
    expect(report.people).toEqual([
      { name: 'Ann', role: 'Assessor', answered: '5 of 5', settled: 0 },
      { name: 'ben', role: 'Assessor', answered: '4 of 5', settled: 0 },
      { name: 'LEO', role: 'Lead', answered: '—', settled: 1 },
    ]);
  });

  it('shows each evidence criterion with its figure and the settled disputes with their notes', () => {
    expect(report.evidence).toEqual([
      {
        dimension: 'Data',
        text: 'KPIs state assumptions',
        figure: '3 of 4 KPIs state their assumptions (75%); needs 50%',
        evidence: 'Met',
        consensus: 'Met',
      },
    ]);
    expect(report.settled).toEqual([
      { dimension: 'People', text: 'Roles are named', answer: 'Not met', note: 'No RACI yet', by: 'leo' },
    ]);
  });

  it('marks a cycle that is not released provisional and dates it by its as-of day', () => {
    const open = maturityReport(
      { ...cycle, state: 'calibration', releasedAt: null, releasedBy: null, assessors: ['Ann', 'leo'] },
      { ...results, state: 'calibration', previous: null, change: {}, agreement: { alpha: null, byDimension: {} } }
    );
    expect(open.title.provisional).toBe(
      'Provisional: this cycle is in calibration and not released, so its stages may still change.'
    );
    expect(open.title.facts.slice(1)).toEqual([
      { label: 'State', value: 'Calibration' },
      { label: 'Evidence as of', value: '2026-12-31' },
      { label: 'Released', value: 'Not released' },
    ]);
    expect(open.title.issued).toBe('2026-12-31T00:00:00.000Z');
    expect(open.stages.previousYear).toBeNull();
    expect(open.stages.rows.map((r) => [r.previous, r.change])).toEqual([
      ['—', '—'],
      ['—', '—'],
      ['—', '—'],
    ]);
    // the lead is also an assessor here: one row, with the settlement counted
    expect(open.people).toEqual([
      { name: 'Ann', role: 'Assessor', answered: '5 of 5', settled: 0 },
      { name: 'leo', role: 'Lead and assessor', answered: '0 of 5', settled: 1 },
    ]);
    expect(open.agreement.overall).toEqual({ label: 'All dimensions', alpha: '—', reading: 'Not enough answers' });
  });

  it('signs changes with a minus sign and cuts alpha down to three decimals', () => {
    expect([signedChange(2), signedChange(-1), signedChange(0), signedChange(undefined)]).toEqual([
      '+2',
      '−1',
      '=',
      '—',
    ]);
    expect([alphaText(0.79999), alphaText(0.8), alphaText(1), alphaText(0)]).toEqual([
      '0.799',
      '0.800',
      '1.000',
      '0.000',
    ]);
  });
});
