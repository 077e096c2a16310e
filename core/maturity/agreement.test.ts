import fc from 'fast-check';
import { agreement, agreementOfAnswers, readingOf } from './agreement';

// Coders' rows turned into units (columns); "." is a missing value.
const units = (...coders: string[]): Array<Array<string | null>> => {
  const rows = coders.map((row) => row.split(' ').map((v) => (v === '.' ? null : v)));
  return (rows[0] ?? []).map((_, u) => rows.map((row) => row[u] ?? null));
};

describe('agreement (Krippendorff 2011, "Computing Krippendorff\'s Alpha-Reliability")', () => {
  it('two coders, ten units, binary: alpha ≈ 0.095', () => {
    // Units 1, 3, 6, 9 disagree: Σ_{c≠k} o_ck = 4 × 2 = 8. n = 20 with n_0 = 14, n_1 = 6:
    // Σ_{c≠k} n_c n_k = 400 − 196 − 36 = 168. alpha = 1 − 19 × 8 / 168 = 16/168 = 0.0952.
    const alpha = agreement(units('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'));
    expect(alpha).toBeCloseTo(16 / 168, 12);
    expect(alpha).toBeCloseTo(0.095, 3);
  });

  it('four coders, twelve units, missing values: nominal alpha ≈ 0.743', () => {
    // Unit 12 has one value and is dropped. Disagreeing units: 2 (2,2,3,2): (16−9−1)/3 = 2;
    // 6 (1,2,3,4): (16−4)/3 = 4; 8 (1,1,2,1): 2. Σ o = 8. n = 40 with n_1..n_5 = 9, 13, 10, 5, 3:
    // 1600 − (81 + 169 + 100 + 25 + 9) = 1216. alpha = 1 − 39 × 8 / 1216 = 113/152 = 0.7434.
    const alpha = agreement(
      units('1 2 3 3 2 1 4 1 2 . . .', '1 2 3 3 2 2 4 1 2 5 . 3', '. 3 3 3 2 3 4 2 2 5 1 .', '1 2 3 3 2 4 4 1 2 5 1 .')
    );
    expect(alpha).toBeCloseTo(113 / 152, 12);
    expect(alpha).toBeCloseTo(0.743, 3);
  });

  it('is 1 for perfect agreement with variation', () => {
    expect(
      agreement([
        ['a', 'a'],
        ['b', 'b', undefined],
      ])
    ).toBe(1);
  });

  it('is null when every value is the same, or fewer than two values are pairable', () => {
    expect(
      agreement([
        ['a', 'a'],
        ['a', 'a', 'a'],
      ])
    ).toBeNull();
    expect(
      agreement([
        ['a', null],
        [null, 'b'],
      ])
    ).toBeNull();
    expect(agreement([])).toBeNull();
  });

  it('is below zero for systematic disagreement', () => {
    // Units (a,b), (a,b): Σ o = 2 + 2 = 4; n = 4, n_a = n_b = 2: 16 − 4 − 4 = 8. alpha = 1 − 3 × 4 / 8 = −0.5.
    expect(
      agreement([
        ['a', 'b'],
        ['a', 'b'],
      ])
    ).toBeCloseTo(-0.5, 12);
  });

  it('property: 1 whenever every unit agrees within itself and two distinct values occur', () => {
    const unit = fc
      .tuple(
        fc.constantFrom('met', 'partial', 'not-met'),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 3 })
      )
      .map(([value, given, missing]) => [...Array<string>(given).fill(value), ...Array<null>(missing).fill(null)]);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (ratings) => {
        const pairable = ratings.filter((u) => u.filter((v) => v !== null).length >= 2);
        fc.pre(new Set(pairable.map((u) => u[0])).size >= 2);
        expect(agreement(ratings)).toBe(1);
      })
    );
  });
});

describe('agreementOfAnswers', () => {
  it('uses criteria as units and assessors as coders, n/a and missing as missing', () => {
    // x: (met, met), y: (partial, partial), z: (met, n/a) has one value, w: nobody. Perfect agreement: 1.
    const byAssessor = {
      ann: { x: 'met', y: 'partial', z: 'met' },
      bob: { x: 'met', y: 'partial', z: 'n/a' },
    } as const;
    expect(agreementOfAnswers(byAssessor, ['x', 'y', 'z', 'w'])).toBe(1);
    // Adding u: (met, not-met): Σ o = 2; n = 6 with met 3, partial 2, not-met 1: 36 − 9 − 4 − 1 = 22.
    // alpha = 1 − 5 × 2 / 22 = 12/22.
    const split = { ann: { ...byAssessor.ann, u: 'met' }, bob: { ...byAssessor.bob, u: 'not-met' } } as const;
    expect(agreementOfAnswers(split, ['x', 'y', 'z', 'w', 'u'])).toBeCloseTo(12 / 22, 12);
  });

  it('is null when every rated answer is the same', () => {
    expect(agreementOfAnswers({ a: { x: 'met', y: 'n/a' }, b: { x: 'met', y: 'partial' } }, ['x', 'y'])).toBeNull();
  });
});

describe('readingOf', () => {
  it("reads Krippendorff's thresholds", () => {
    expect(readingOf(0.8)).toBe('good');
    expect(readingOf(0.7999)).toBe('tentative');
    expect(readingOf(0.667)).toBe('tentative');
    expect(readingOf(0.6669)).toBe('low');
    expect(readingOf(-0.5)).toBe('low');
    expect(readingOf(null)).toBe('undefined');
  });
});
