import { resultsFixture } from '../fixtures';
import { agreementRows, formatAlpha } from './agreement';

describe('formatAlpha', () => {
  it('shows two decimals, or three truncated when rounding would cross a threshold', () => {
    expect(formatAlpha(0.1234)).toBe('0.12');
    expect(formatAlpha(1)).toBe('1.00');
    expect(formatAlpha(-0.25)).toBe('-0.25');
    expect(formatAlpha(0.6651)).toBe('0.665');
    expect(formatAlpha(0.7996)).toBe('0.799');
    expect(formatAlpha(0.667)).toBe('0.67');
    expect(formatAlpha(null)).toBe('–');
  });
});

describe('agreementRows', () => {
  it('reads the overall and per-dimension alpha', () => {
    const { overall, dimensions } = agreementRows(resultsFixture);
    expect(overall).toEqual({
      id: 'overall',
      name: 'All criteria',
      alpha: 0.1,
      reading: 'low',
      label: 'low',
      color: 'red',
      value: '0.10',
    });
    expect(dimensions.map((d) => [d.id, d.name, d.value, d.label, d.color])).toEqual([
      ['delivery', 'Delivery', '0.70', 'tentative', 'orange'],
      ['people', 'People', '–', 'not enough answers', 'darkgrey'],
    ]);
  });

  it('reads good from 0.8 and treats a dimension missing from byDimension as undefined', () => {
    const rows = agreementRows({
      dimensions: resultsFixture.dimensions,
      agreement: { alpha: 0.8, byDimension: { delivery: 0.95 } },
    });
    expect([rows.overall.label, rows.overall.color]).toEqual(['good', 'green']);
    expect(rows.dimensions.map((d) => d.label)).toEqual(['good', 'not enough answers']);
  });
});
