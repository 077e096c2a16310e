import { type Cycle } from '../../../../core/maturity/api';
import { defaultTab, ownAssessor, progressRows } from './cycleTabs';

const cycle = (over: Partial<Cycle>): Cycle => ({
  id: 'smb-2026',
  model: 'm',
  modelVersion: 1,
  unit: 'smb',
  year: 2026,
  asOf: '2026-11-30',
  assessors: ['Anna', 'ben'],
  lead: 'carol',
  state: 'open',
  createdBy: 'admin',
  createdAt: '2026-11-01T00:00:00Z',
  releasedBy: null,
  releasedAt: null,
  progress: { Anna: 4, ben: 1 },
  criteria: 4,
  ...over,
});

describe('defaultTab', () => {
  it('sends an assessor to their answers while open, whatever the case of their login', () => {
    expect(defaultTab(cycle({}), 'anna')).toBe('assess');
    expect(defaultTab(cycle({}), 'carol')).toBe('results');
  });

  it('sends the lead to calibration, everyone else to the results', () => {
    expect(defaultTab(cycle({ state: 'calibration' }), 'CAROL')).toBe('calibration');
    expect(defaultTab(cycle({ state: 'calibration' }), 'anna')).toBe('results');
    expect(defaultTab(cycle({ state: 'released' }), 'carol')).toBe('results');
  });
});

describe('ownAssessor', () => {
  it('is the signed-in assessor as the cycle spells them', () => {
    expect(ownAssessor(cycle({}), 'ANNA')).toBe('Anna');
  });

  it('is nobody for anyone else, an Admin included', () => {
    expect(ownAssessor(cycle({}), 'admin')).toBeUndefined();
    expect(ownAssessor(cycle({}), 'carol')).toBeUndefined();
  });
});

describe('progressRows', () => {
  it('counts each assessor against the criteria; a missing count is none', () => {
    expect(progressRows(cycle({ progress: { Anna: 4 } }))).toEqual([
      { assessor: 'Anna', answered: 4, done: true },
      { assessor: 'ben', answered: 0, done: false },
    ]);
  });
});
