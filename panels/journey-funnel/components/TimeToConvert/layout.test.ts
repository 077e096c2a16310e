import { stageView } from '../testing';
import { histogramLayout, histogramOf } from './layout';

describe('histogramLayout', () => {
  it('scales columns to the fullest bucket and names their ranges', () => {
    const bars = histogramLayout(
      {
        stage: 'trial',
        buckets: [
          { upTo: 3600, customers: 10 },
          { upTo: 86400, customers: 40 },
          { upTo: null, customers: 20 },
        ],
      },
      60,
      20
    );
    expect(bars).toEqual([
      { x: 0, y: 15, width: 19, height: 5, label: '≤ 1 hour: 10' },
      { x: 20, y: 0, width: 19, height: 20, label: '≤ 1 day: 40' },
      { x: 40, y: 10, width: 19, height: 10, label: '> 1 day: 20' },
    ]);
  });

  it('finds a stage histogram by key, then by name', () => {
    const views = [
      { stage: 'Trial', buckets: [] },
      { stage: 'paid', buckets: [] },
    ];
    expect(histogramOf(stageView({ key: 'paid' }), views)).toBe(views[1]);
    expect(histogramOf(stageView({ key: 'trial', name: 'Trial' }), views)).toBe(views[0]);
    expect(histogramOf(stageView({ key: 'x' }), views)).toBeUndefined();
  });
});
