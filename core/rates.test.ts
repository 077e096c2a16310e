import { isSubsetRatio, subsetRatioGap } from './rates';

describe('isSubsetRatio', () => {
  it('accepts a numerator that narrows the denominator by another column', () => {
    expect(
      isSubsetRatio({ numerator: { event: 'ticket_resolved', value: 1 }, denominator: { event: 'ticket_resolved' } })
    ).toBe(true);
  });

  it('accepts a scalar numerator value that is one of the denominator list', () => {
    expect(isSubsetRatio({ numerator: { event: 'churn' }, denominator: { event: ['renewal', 'churn'] } })).toBe(true);
  });

  it('accepts a numerator list within the denominator list, in any order', () => {
    expect(
      isSubsetRatio({ numerator: { channel: ['app', 'web'] }, denominator: { channel: ['web', 'email', 'app'] } })
    ).toBe(true);
  });

  it('rejects a numerator event the denominator does not count', () => {
    const m = { numerator: { event: 'onboarding_complete' }, denominator: { event: 'purchase' } };
    expect(isSubsetRatio(m)).toBe(false);
    expect(subsetRatioGap(m)).toBe(
      'the numerator counts event "onboarding_complete", which the denominator does not include'
    );
  });

  it('names only the numerator values outside the denominator', () => {
    const m = { numerator: { event: ['churn', 'downgrade', 'renewal'] }, denominator: { event: ['renewal', 'churn'] } };
    expect(subsetRatioGap(m)).toBe('the numerator counts event "downgrade", which the denominator does not include');
  });

  it('rejects a numerator that leaves a column of the denominator free', () => {
    const m = { numerator: { event: 'purchase' }, denominator: { event: 'purchase', channel: ['web', 'app'] } };
    expect(subsetRatioGap(m)).toBe(
      'the denominator keeps only channel "web", "app" but the numerator counts any channel'
    );
  });

  it('counts the shared filter on both sides', () => {
    expect(
      isSubsetRatio({
        filter: { event: 'purchase' },
        numerator: { channel: 'web' },
        denominator: { event: 'purchase' },
      })
    ).toBe(true);
    expect(
      isSubsetRatio({
        filter: { event: ['purchase', 'renewal'] },
        numerator: { event: ['purchase', 'churn'] },
        denominator: { event: 'purchase' },
      })
    ).toBe(true);
    expect(
      isSubsetRatio({
        filter: { segment: 'smb' },
        numerator: { event: 'purchase' },
        denominator: { event: 'trial_start' },
      })
    ).toBe(false);
  });

  it('compares the value column as numbers and other columns as text', () => {
    expect(isSubsetRatio({ numerator: { value: '1' }, denominator: { value: [1, 2] } })).toBe(true);
    expect(isSubsetRatio({ numerator: { value: true }, denominator: { value: 1 } })).toBe(true);
    expect(isSubsetRatio({ numerator: { region: 1 }, denominator: { region: '1' } })).toBe(true);
    expect(isSubsetRatio({ numerator: { region: '01' }, denominator: { region: 1 } })).toBe(false);
  });

  it('accepts a numerator that can match no row', () => {
    expect(
      isSubsetRatio({ filter: { event: 'churn' }, numerator: { event: 'purchase' }, denominator: { event: 'renewal' } })
    ).toBe(true);
  });

  it('accepts a denominator without constraints and rejects one that can match no row', () => {
    expect(isSubsetRatio({ numerator: { event: 'churn' }, denominator: {} })).toBe(true);
    expect(subsetRatioGap({ filter: { event: 'churn' }, numerator: {}, denominator: { event: 'renewal' } })).toBe(
      'the denominator can match no row: its event values are all excluded by the filter'
    );
  });
});
