import fc from 'fast-check';
import { benchmarkStages, percentileRanks } from './benchmark';
import { type DimensionStages } from './types';

const stages = [
  { id: 'ad-hoc', name: 'Ad hoc' },
  { id: 'defined', name: 'Defined' },
  { id: 'managed', name: 'Managed' },
];
// data indices: u1 0, u2 1, u3 2, u4 2, u6 3 (u5 has no data dimension): n = 5.
const units: Array<{ unit: string; stages: DimensionStages }> = [
  { unit: 'u1', stages: { data: null, people: 'ad-hoc' } },
  { unit: 'u2', stages: { data: 'ad-hoc' } },
  { unit: 'u3', stages: { data: 'defined' } },
  { unit: 'u4', stages: { data: 'defined' } },
  { unit: 'u5', stages: { people: 'managed' } },
  { unit: 'u6', stages: { data: 'managed' } },
];

describe('benchmarkStages', () => {
  it('counts units per stage, takes the lower median and ranks with ties', () => {
    const [data] = benchmarkStages(units, ['data'], stages, 5);
    expect(data).toEqual({
      id: 'data',
      n: 5,
      suppressed: false,
      counts: { none: 1, 'ad-hoc': 1, defined: 2, managed: 1 },
      // sorted 0 1 2 2 3: the ⌈5/2⌉ = 3rd smallest is 2.
      median: 'defined',
      medianIndex: 2,
      // u1 (0 + ½·1)/5 = 10; u2 (1 + ½)/5 = 30; u3, u4 (2 + ½·2)/5 = 60; u6 (4 + ½)/5 = 90.
      ranks: { u1: 10, u2: 30, u3: 60, u4: 60, u6: 90 },
    });
  });

  it('takes the lower of the two middle values for an even n', () => {
    // 0 1 2 3: the 2nd smallest is 1.
    const four = units.filter((u) => u.unit !== 'u4');
    expect(benchmarkStages(four, ['data'], stages, 1)[0]).toMatchObject({ median: 'ad-hoc', medianIndex: 1 });
    // 0 0 2 3: the 2nd smallest is 0, no stage.
    const low = [...four.slice(0, 1), { unit: 'u7', stages: { data: null } }, ...four.slice(2)];
    expect(benchmarkStages(low, ['data'], stages, 1)[0]).toMatchObject({ median: null, medianIndex: 0 });
  });

  it('suppresses below the minimum group; n = minGroup is shown', () => {
    expect(benchmarkStages(units, ['data'], stages, 5)[0]?.suppressed).toBe(false);
    expect(benchmarkStages(units, ['data', 'people', 'tools'], stages, 6)).toEqual([
      { id: 'data', n: 5, suppressed: true, reason: 'only 5 units (fewer than the minimum group of 6)' },
      { id: 'people', n: 2, suppressed: true, reason: 'only 2 units (fewer than the minimum group of 6)' },
      { id: 'tools', n: 0, suppressed: true, reason: 'only 0 units (fewer than the minimum group of 6)' },
    ]);
  });

  it('keeps zero counts for stages nobody reached', () => {
    expect(benchmarkStages(units, ['people'], stages, 2)[0]).toMatchObject({
      counts: { none: 0, 'ad-hoc': 1, defined: 0, managed: 1 },
      // 1 3: the 1st smallest.
      median: 'ad-hoc',
      ranks: { u1: 25, u5: 75 },
    });
  });

  it('rejects a minGroup that is not an integer ≥ 1', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => benchmarkStages(units, ['data'], stages, bad)).toThrow(RangeError);
    }
    expect(() => benchmarkStages(units, ['data'], stages, 0)).toThrow('minGroup must be an integer ≥ 1, got 0');
  });

  it('rejects unknown stages and a unit listed twice', () => {
    expect(() => benchmarkStages([{ unit: 'x', stages: { data: 'heroic' } }], ['data'], stages, 1)).toThrow(
      'unknown stage "heroic"'
    );
    const twice = [...units, { unit: 'u2', stages: { data: 'managed' } }];
    expect(() => benchmarkStages(twice, ['data'], stages, 1)).toThrow('unit "u2" appears more than once');
  });
});

describe('percentileRanks', () => {
  it('property: the ranks average 50 for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), (values) => {
        const ranks = Object.values(percentileRanks(values.map((value, i) => ({ unit: `u${i}`, value }))));
        expect(ranks.reduce((a, b) => a + b, 0) / ranks.length).toBeCloseTo(50, 9);
      })
    );
  });
});
