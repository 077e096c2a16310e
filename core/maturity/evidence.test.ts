import { journeySpec, kpiSpec, scorecardSpec } from '../schema';
import { evidenceAnswer, type EvidenceFigure, evidenceFigures, type EvidenceInput } from './evidence';

type Kpi = EvidenceInput['kpis'][number];

/** A lagging customer KPI owned by "cx-lead", target 90 above red flag 70; parsed so defaults apply. */
function kpi(id: string, spec: Record<string, unknown> = {}, approved = true): Kpi {
  const parsed = kpiSpec.parse({
    name: id,
    perspective: 'customer',
    indicator: 'lagging',
    unit: 'percent',
    direction: 'higher-is-better',
    target: 90,
    thresholds: { redFlag: 70, goal: 90 },
    owner: 'cx-lead',
    calculation: { manual: {} },
    ...spec,
  });
  return { id, spec: parsed, approved };
}

/** One perspective per entry of `objectives`; each objective lists its KPIs and causes. */
function scorecard(id: string, objectives: Array<{ id: string; kpis: string[]; causes?: string[] }>) {
  const spec = scorecardSpec.parse({
    name: id,
    perspectives: objectives.map((o) => ({
      id: `p-${o.id}`,
      name: o.id,
      objectives: [{ id: o.id, name: o.id, kpis: o.kpis.map((kpi) => ({ kpi })), causes: o.causes ?? [] }],
    })),
  });
  return { id, spec };
}

function journey(id: string, stages: Array<{ id: string; kpis?: string[] }>) {
  const spec = journeySpec.parse({
    name: id,
    source: 'events',
    conversionWindow: '30d',
    order: 'ordered',
    stages: stages.map((s) => ({ id: s.id, name: s.id, match: { event: s.id }, ...(s.kpis ? { kpis: s.kpis } : {}) })),
  });
  return { id, spec };
}

const empty: EvidenceInput = { kpis: [], scorecards: [], journeys: [] };

describe('evidenceFigures on KPIs', () => {
  const kpis = [
    kpi('a', { owner: 'Head of CS', assumptions: 'survey sent after every ticket', indicator: 'leading' }),
    kpi('b', { owner: ' TBD ', assumptions: '   ', journeyStage: 'onboarding' }, false),
    kpi('c', { owner: 'n/a', perspective: 'financial', journeyStage: 'retention' }),
    kpi('d', { owner: '-', direction: 'lower-is-better', target: 5, thresholds: { redFlag: 4, goal: 2 } }),
    kpi('e', { owner: 'Unassigned', target: 70 }, false),
    kpi('f', {
      owner: '?',
      indicator: 'leading',
      direction: 'lower-is-better',
      target: 3,
      thresholds: { redFlag: 8, goal: 3 },
    }),
    kpi('g', { owner: 'NONE' }),
  ];
  const figures = evidenceFigures({ ...empty, kpis });

  it('counts owners that are neither blank nor placeholders, whatever the case', () => {
    // only a has a real owner: b tbd, c n/a, d -, e unassigned, f ?, g none → 1 of 7 = 14.28…%, shown 14%
    expect(figures['kpis-with-owner']).toEqual({
      check: 'kpis-with-owner',
      share: 1 / 7,
      numerator: 1,
      denominator: 7,
      text: '1 of 7 KPIs have an owner (14%)',
    });
  });

  it('counts non-blank assumptions', () => {
    // a only; b's are blank → 1 of 7
    expect(figures['kpis-with-assumptions']).toMatchObject({ numerator: 1, denominator: 7 });
  });

  it('counts approved KPIs by their flag', () => {
    // b and e are not approved → 5 of 7 = 71.4…%, shown 71%
    expect(figures['kpis-approved']).toMatchObject({
      share: 5 / 7,
      text: '5 of 7 KPIs are approved with no change pending (71%)',
    });
  });

  it('counts targets on the goal side of the red flag, by direction', () => {
    // d: lower-is-better, target 5 not < red flag 4; e: target 70 not > red flag 70; the other 5 are
    expect(figures['kpis-with-thresholds']).toMatchObject({ numerator: 5, denominator: 7 });
  });

  it('counts leading indicators and KPIs mapped to a journey stage', () => {
    // leading: a, f; mapped: b, c
    expect(figures['kpis-leading']).toMatchObject({ numerator: 2, denominator: 7 });
    expect(figures['kpis-with-journey-stage']).toMatchObject({ numerator: 2, denominator: 7 });
  });

  it('with no scorecards, covers perspectives by every KPI', () => {
    // customer (a, b, d…) and financial (c) of 4 → 50%
    expect(figures['perspectives-covered']).toEqual({
      check: 'perspectives-covered',
      share: 0.5,
      numerator: 2,
      denominator: 4,
      text: '2 of 4 perspectives have a KPI (50%)',
    });
  });
});

describe('evidenceFigures on scorecards and journeys', () => {
  const kpis = [
    kpi('revenue', { perspective: 'financial' }),
    kpi('nps', { journeyStage: 'advocate' }),
    kpi('cycle-time', { perspective: 'internal-process' }),
    kpi('training', { perspective: 'learning-growth' }),
  ];
  const scorecards = [
    scorecard('corporate', [
      { id: 'grow', kpis: ['revenue', 'unknown-kpi'] },
      { id: 'delight', kpis: ['nps'], causes: ['grow'] },
    ]),
    scorecard('ops', [{ id: 'fast', kpis: ['cycle-time'] }]),
    scorecard('people', [{ id: 'learn', kpis: [] }]),
  ];
  const journeys = [
    journey('buy', [{ id: 'visit' }, { id: 'trial', kpis: ['cycle-time'] }, { id: 'pay' }]),
    journey('stay', [{ id: 'renew' }, { id: 'advocate' }]),
  ];
  const figures = evidenceFigures({ kpis, scorecards, journeys });

  it('covers perspectives only by KPIs the scorecards name', () => {
    // named: revenue (financial), nps (customer), cycle-time (internal-process); training is on none → 3 of 4
    expect(figures['perspectives-covered']).toMatchObject({
      numerator: 3,
      denominator: 4,
      text: '3 of 4 perspectives have a KPI on a scorecard (75%)',
    });
  });

  it('covers journey stages listing a KPI or named by a KPI', () => {
    // trial lists cycle-time, advocate is nps's stage; visit, pay, renew have none → 2 of 5 = 40%
    expect(figures['journey-stages-covered']).toEqual({
      check: 'journey-stages-covered',
      share: 0.4,
      numerator: 2,
      denominator: 5,
      text: '2 of 5 journey stages have a KPI (40%)',
    });
  });

  it('counts scorecards with an objective that lists causes', () => {
    // corporate's delight causes grow; ops and people have no causes → 1 of 3 = 33.3…%, shown 33%
    expect(figures['scorecards-with-causes']).toMatchObject({
      share: 1 / 3,
      text: '1 of 3 scorecards link objectives to the objectives they drive (33%)',
    });
  });

  it('rounds the shown percentage down, so only all of them shows 100%', () => {
    // 199 of 200 owners = 99.5% → shown 99%
    const many = Array.from({ length: 200 }, (_, i) => kpi(`k${i}`, i === 0 ? { owner: 'tbd' } : {}));
    expect(evidenceFigures({ ...empty, kpis: many })['kpis-with-owner'].text).toBe(
      '199 of 200 KPIs have an owner (99%)'
    );
  });
});

describe('evidenceFigures with nothing to measure', () => {
  const figures = evidenceFigures(empty);

  it('has a null share and says what is missing', () => {
    expect(figures['kpis-with-owner']).toEqual({
      check: 'kpis-with-owner',
      share: null,
      numerator: 0,
      denominator: 0,
      text: 'no KPIs',
    });
    expect(figures['journey-stages-covered'].text).toBe('no journey stages');
    expect(figures['scorecards-with-causes'].text).toBe('no scorecards');
  });

  it('still measures perspectives against all four', () => {
    expect(figures['perspectives-covered']).toMatchObject({ share: 0, numerator: 0, denominator: 4 });
  });

  it('has a figure for every check', () => {
    expect(Object.keys(figures).sort()).toEqual([
      'journey-stages-covered',
      'kpis-approved',
      'kpis-leading',
      'kpis-with-assumptions',
      'kpis-with-journey-stage',
      'kpis-with-owner',
      'kpis-with-thresholds',
      'perspectives-covered',
      'scorecards-with-causes',
    ]);
  });
});

describe('evidenceAnswer', () => {
  const share = (numerator: number, denominator: number): EvidenceFigure => ({
    check: 'kpis-leading',
    share: denominator === 0 ? null : numerator / denominator,
    numerator,
    denominator,
    text: '',
  });

  it('is met when the share reaches atLeast', () => {
    expect(evidenceAnswer(share(7, 10), 0.7)).toBe('met');
    expect(evidenceAnswer(share(1, 3), 0.33)).toBe('met');
    expect(evidenceAnswer(share(4, 4), 1)).toBe('met');
    expect(evidenceAnswer(share(0, 4), 0)).toBe('met');
  });

  it('is not met below atLeast, or with nothing to measure', () => {
    expect(evidenceAnswer(share(69, 100), 0.7)).toBe('not-met');
    expect(evidenceAnswer(share(44, 45), 1)).toBe('not-met');
    expect(evidenceAnswer(share(0, 0), 0)).toBe('not-met');
  });
});
