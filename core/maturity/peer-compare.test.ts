import { rankAgainst } from './peer-compare';

const stages = [
  { id: 'ad-hoc', name: 'Ad hoc' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
];
// Peers: index 0 ×1, 1 ×2, 2 ×3, 3 ×0: n = 6.
const counts = { none: 1, 'ad-hoc': 2, defined: 3, managed: 0 };

describe('rankAgainst', () => {
  it('ranks a unit among peers it is not part of', () => {
    // defined (2): below 1 + 2 = 3, equal 3: 100 × (3 + 1.5) / 6 = 75.
    expect(rankAgainst(2, counts, stages)).toBe(75);
    // none (0): below 0, equal 1: 100 × 0.5 / 6.
    expect(rankAgainst(0, counts, stages)).toBeCloseTo(50 / 6, 12);
    // managed (3): below 6, equal 0: 100.
    expect(rankAgainst(3, counts, stages)).toBe(100);
    // ad-hoc against only higher peers: 0.
    expect(rankAgainst(1, { managed: 4 }, stages)).toBe(0);
  });

  it('is null without peers', () => {
    expect(rankAgainst(1, {}, stages)).toBeNull();
    expect(rankAgainst(1, { none: 0, defined: 0 }, stages)).toBeNull();
  });

  it('rejects unknown stages, bad counts and bad indices', () => {
    expect(() => rankAgainst(1, { heroic: 2 }, stages)).toThrow('unknown stage "heroic"');
    expect(() => rankAgainst(1, { defined: -1 }, stages)).toThrow(
      'the peer count of stage "defined" must be a whole number ≥ 0, got -1'
    );
    expect(() => rankAgainst(4, counts, stages)).toThrow('stage index must be an integer from 0 to 3, got 4');
  });
});
