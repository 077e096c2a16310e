import { type CycleResults } from '../../../../../core/maturity/api';
import { calibrationCycle, releasedCycle, releasedResults } from '../fixtures';
import { headlineOf } from './headline';

describe('headlineOf', () => {
  it('gives stages in words, the agreement with its reading and the release', () => {
    expect(headlineOf(releasedCycle, releasedResults)).toEqual({
      stages: [
        { dimensionId: 'dim-data', name: 'Data', stage: 'Managed' },
        { dimensionId: 'dim-people', name: 'People', stage: 'Below Basic' },
        { dimensionId: 'dim-tools', name: 'Tools', stage: 'Leading' },
      ],
      reading: 'tentative',
      agreement: 'Agreement 0.72 (tentative: draw tentative conclusions only)',
      released: 'Released by ann on 30 Nov 2026',
    });
  });

  it('reads 0.8 as good and 0.5 as low', () => {
    const at = (alpha: number): CycleResults => ({ ...releasedResults, agreement: { alpha, byDimension: {} } });
    expect(headlineOf(releasedCycle, at(0.8)).agreement).toBe(
      'Agreement 0.80 (good: the assessors agree, the stages can be relied on)'
    );
    expect(headlineOf(releasedCycle, at(0.5)).reading).toBe('low');
  });

  it('has no release line before release and says why agreement is missing', () => {
    const results: CycleResults = { ...releasedResults, state: 'open', agreement: { alpha: null, byDimension: {} } };
    const headline = headlineOf(calibrationCycle, results);
    expect(headline.released).toBeNull();
    expect(headline.reading).toBe('undefined');
    expect(headline.agreement).toBe('Agreement not computed: not every answer is visible yet');
  });
});
