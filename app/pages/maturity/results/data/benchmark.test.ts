import { type CycleResults } from '../../../../../core/maturity/api';
import { releasedResults } from '../fixtures';
import { benchmarkView } from './benchmark';

describe('benchmarkView', () => {
  it('gives rank and median among units, the suppression reason, and each peer', () => {
    expect(benchmarkView(releasedResults)).toEqual({
      peers: ['Peer Group A (2026)'],
      rows: [
        {
          dimensionId: 'dim-data',
          name: 'Data',
          internal: 'percentile rank 58 among 6 units · median Basic',
          suppressed: false,
          peers: ['percentile rank 50 · median Managed'],
        },
        {
          dimensionId: 'dim-people',
          name: 'People',
          internal: 'only 3 units assessed; at least 5 are needed',
          suppressed: true,
          peers: ['not shared'],
        },
        {
          dimensionId: 'dim-tools',
          name: 'Tools',
          internal: 'percentile rank 92 among 6 units · median Managed',
          suppressed: false,
          peers: ['not shared'],
        },
      ],
    });
  });

  it('is null before release, when the results carry no benchmark', () => {
    const results: CycleResults = { ...releasedResults, benchmark: undefined };
    expect(benchmarkView(results)).toBeNull();
  });
});
