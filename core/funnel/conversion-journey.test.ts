import { conversionJourney } from './conversion-journey';
import { type FunnelJourney } from './types';

const journey = (order: FunnelJourney['order']): FunnelJourney => ({
  order,
  windowMs: 1000,
  stages: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, match: { event: id }, ...(i > 0 ? { withinMs: 10 * i } : {}) })),
});

describe('the journey of a conversion KPI', () => {
  it('runs from `from` through `to`, the first stage without its `within`', () => {
    expect(conversionJourney(journey('ordered'), 'b', 'd')?.stages).toEqual([
      { id: 'b', match: { event: 'b' } },
      { id: 'c', match: { event: 'c' }, withinMs: 20 },
      { id: 'd', match: { event: 'd' }, withinMs: 30 },
    ]);
  });

  it('unordered: the two stages; ordered or strict: nothing when `to` is not after `from` or a stage is missing', () => {
    expect(conversionJourney(journey('unordered'), 'd', 'a')?.stages.map((s) => s.id)).toEqual(['d', 'a']);
    expect(conversionJourney(journey('strict'), 'c', 'b')).toBeNull();
    expect(conversionJourney(journey('ordered'), 'a', 'z')).toBeNull();
    expect(conversionJourney(journey('ordered'), 'a', 'a')).toBeNull();
  });
});
