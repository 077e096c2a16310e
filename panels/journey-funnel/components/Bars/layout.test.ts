import { stagesFrom, stageView } from '../testing';
import { barLayout, lostShare } from './layout';

describe('barLayout', () => {
  it('measures every bar against the first stage, in the given order', () => {
    const stages = stagesFrom([
      ['visit', 1000],
      ['signup', 250],
      ['trial', 400],
    ]);
    expect(barLayout(stages).map((b) => b.share)).toEqual([1, 0.25, 0.4]);
  });

  it('cuts a stage larger than the first at the full track and says so', () => {
    const [, big] = barLayout(
      stagesFrom([
        ['a', 100],
        ['b', 150],
      ])
    );
    expect(big).toMatchObject({ share: 1, clamped: true });
  });

  it('gives the in-progress share of the bar and the ghost of the previous period', () => {
    const stages = [
      stageView({ key: 'a', value: 200, previous: 100 }),
      stageView({ key: 'b', value: 80, inProgress: 20, previous: 50 }),
      stageView({ key: 'c', value: 40, previousConversion: 0.3 }),
    ];
    expect(barLayout(stages)).toEqual([
      { share: 1, inProgressOfBar: 0, ghostShare: 1, clamped: false },
      { share: 0.4, inProgressOfBar: 0.25, ghostShare: 0.5, clamped: false },
      { share: 0.2, inProgressOfBar: 0, ghostShare: 0.3, clamped: false },
    ]);
  });

  it('draws nothing without a first stage count', () => {
    expect(
      barLayout(
        stagesFrom([
          ['a', 0],
          ['b', 10],
        ])
      ).map((b) => b.share)
    ).toEqual([0, 0]);
    expect(barLayout([])).toEqual([]);
  });
});

describe('lostShare', () => {
  it('is the drop-off over the stage before', () => {
    const [a, b] = stagesFrom([
      ['a', 400],
      ['b', 300],
    ]);
    expect(a && b && lostShare(b, a)).toBe(0.25);
    expect(a && lostShare(a, undefined)).toBeNull();
  });
});
