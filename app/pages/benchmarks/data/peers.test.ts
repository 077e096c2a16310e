import { type PeerBenchmark } from '../../../../core/maturity/benchmark-api';
import { peerViews } from './peers';

const stages = [
  { id: 'initial', name: 'Initial' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
];

const peer = (source: string, over: Partial<PeerBenchmark> = {}): PeerBenchmark => ({
  format: 'scorecard-benchmark/v1',
  source,
  model: 'm',
  year: 2025,
  minGroup: 5,
  exportedAt: '2026-01-10T00:00:00Z',
  stages,
  dimensions: [
    // 10 units: indices 1, 1, 1, 1, 2, 2, 2, 2, 3, 3; the 5th smallest is 2
    { id: 'data', n: 10, counts: { none: 0, initial: 4, defined: 4, managed: 2 }, median: 'defined', medianIndex: 2 },
    { id: 'people', suppressed: true },
  ],
  id: `${source}-m-2025`,
  importedBy: 'ana',
  importedAt: '2026-01-11T00:00:00Z',
  ...over,
});

describe('peerViews', () => {
  it("ranks the unit against the peer's counts: below + ½ equal over n, the unit not among them", () => {
    const [view] = peerViews([peer('contoso')], 'data', stages, 2);
    // 4 below (initial), 4 level (defined): 100 × (4 + 2) / 10 = 60
    expect(view).toMatchObject({
      source: 'contoso',
      year: 2025,
      status: 'shown',
      n: 10,
      median: 'Defined',
      rank: 60,
      words: '60th percentile: above 4 of 10 units, level with 4 units',
      stagesNote: null,
    });
    expect(view?.status === 'shown' && view.bars.map((b) => [b.key, b.count, b.unit, b.median])).toEqual([
      ['none', 0, false, false],
      ['initial', 4, false, false],
      ['defined', 4, true, true],
      ['managed', 2, false, false],
    ]);
  });

  it('ranks a unit at the highest stage and below the lowest', () => {
    const [view] = peerViews([peer('contoso')], 'data', stages, 3);
    // 8 below, 2 level: 100 × (8 + 1) / 10 = 90; below the lowest stage: 0 below, 0 level = 0
    expect(view).toMatchObject({ rank: 90 });
    expect(peerViews([peer('contoso')], 'data', stages, 0)[0]).toMatchObject({ rank: 0 });
  });

  it('says when the peer suppressed a dimension or does not have it', () => {
    const views = peerViews([peer('contoso')], 'people', stages, 1);
    expect(views[0]).toMatchObject({ status: 'suppressed' });
    expect(peerViews([peer('contoso')], 'tools', stages, 1)[0]).toMatchObject({ status: 'missing' });
  });

  it('gives no rank against a peer whose stages differ, and says so', () => {
    const other = [
      { id: 'low', name: 'Low' },
      { id: 'high', name: 'High' },
    ];
    const dims = [{ id: 'data', n: 5, counts: { low: 3, high: 2 }, median: 'low', medianIndex: 1 }];
    const [view] = peerViews([peer('fabrikam', { stages: other, dimensions: dims })], 'data', stages, 2);
    expect(view).toMatchObject({ status: 'shown', rank: null, words: null, median: 'Low' });
    expect(view?.stagesNote).toBe('the peer uses different stages (Low → High)');
  });

  it('still ranks against a peer that only names the same stages differently', () => {
    const renamed = stages.map((s) => ({ ...s, name: s.name.toUpperCase() }));
    const [view] = peerViews([peer('contoso', { stages: renamed })], 'data', stages, 1);
    // 0 below, 4 level: 100 × 2 / 10 = 20
    expect(view).toMatchObject({
      rank: 20,
      stagesNote: 'the peer names its stages differently (INITIAL → DEFINED → MANAGED)',
    });
  });

  it('gives no rank without a unit', () => {
    expect(peerViews([peer('contoso')], 'data', stages, null)[0]).toMatchObject({ rank: null, words: null });
  });
});
