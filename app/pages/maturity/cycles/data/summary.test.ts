import { type CycleResults } from '../../../../../core/maturity/api';
import { stageSummary } from './summary';

const dim = (id: string, stageIndex: number) => ({
  id,
  name: id,
  stage: null,
  stageIndex,
  byAssessor: {},
  next: { stage: null, criteria: [] },
});
const results = (indexes: number[]): CycleResults => ({
  id: 'c',
  state: 'released',
  unit: 'u',
  year: 2026,
  model: 'm',
  modelVersion: 1,
  asOf: '2026-12-31',
  assessors: [],
  lead: 'a',
  stages: [
    { id: 's1', name: 'Initial' },
    { id: 's2', name: 'Defined' },
    { id: 's3', name: 'Managed' },
  ],
  dimensions: indexes.map((i, n) => dim(`d${n}`, i)),
  agreement: { alpha: null, byDimension: {} },
  disputed: [],
  criteria: [],
  previous: null,
  change: {},
});

describe('stageSummary', () => {
  it('names the lowest, lower median and highest stage', () => {
    expect(stageSummary(results([3, 1, 2, 2]))).toEqual({
      lowest: 'Initial',
      median: 'Defined',
      highest: 'Managed',
      dimensions: 4,
    });
    // four dimensions 0,1,3,3: the lower median is the 2nd smallest
    expect(stageSummary(results([3, 0, 3, 1]))?.median).toBe('Initial');
    expect(stageSummary(results([0]))).toEqual({ lowest: 'none', median: 'none', highest: 'none', dimensions: 1 });
  });

  it('has nothing to say without dimensions', () => {
    expect(stageSummary(results([]))).toBeUndefined();
  });
});
