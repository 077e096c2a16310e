import { aboveWhole, rowUnit } from './units';

describe('rowUnit', () => {
  it('formats with Grafana unit ids as they are, and with none when there is no unit', () => {
    expect(rowUnit('currencyUSD', [28000])).toEqual({ id: 'currencyUSD', label: null, percent: null });
    expect(rowUnit('suffix: pts', [])).toEqual({ id: 'suffix: pts', label: null, percent: null });
    expect(rowUnit(null, [])).toEqual({ id: 'none', label: null, percent: null });
    expect(rowUnit('  ', [])).toEqual({ id: 'none', label: null, percent: null });
  });

  it('writes a unit Grafana does not know once, after plain numbers', () => {
    expect(rowUnit('score', [45])).toEqual({ id: 'none', label: 'score', percent: null });
    expect(rowUnit('customers', [])).toEqual({ id: 'none', label: 'customers', percent: null });
  });

  it('reads percentunit as fractions, and percent or % as fractions when target and thresholds lie within 0..1', () => {
    expect(rowUnit('percentunit', [45])).toMatchObject({ id: 'percentunit', percent: 'fraction' });
    expect(rowUnit('percent', [0.85, 0.7, null])).toMatchObject({ id: 'percentunit', percent: 'fraction' });
    expect(rowUnit('%', [0.025])).toMatchObject({ id: 'percentunit', percent: 'fraction' });
    expect(rowUnit('percent', [90, 80])).toMatchObject({ id: 'percent', percent: 'points' });
    expect(rowUnit('%', [])).toMatchObject({ id: 'percent', percent: 'points' });
  });
});

describe('aboveWhole', () => {
  const fraction = rowUnit('percentunit', []);
  const points = rowUnit('percent', [90]);

  it('flags a percent value above 100%, as a fraction or in points', () => {
    expect(aboveWhole(1.1147, fraction, [0.85, 0.7])).toBe(true);
    expect(aboveWhole(1, fraction, [0.85])).toBe(false);
    expect(aboveWhole(111, points, [90, 80])).toBe(true);
    expect(aboveWhole(100, points, [90])).toBe(false);
  });

  it('leaves a value alone when a target or threshold reaches 100%, without references, or when it is no percent', () => {
    // net revenue retention 104% against 110%; attainment 119% against 100%
    expect(aboveWhole(104, points, [110, 100])).toBe(false);
    expect(aboveWhole(119, points, [100, 80])).toBe(false);
    expect(aboveWhole(1.1, fraction, [null, null])).toBe(false);
    expect(aboveWhole(1.2, rowUnit('short', []), [])).toBe(false);
    expect(aboveWhole(null, fraction, [])).toBe(false);
  });
});
