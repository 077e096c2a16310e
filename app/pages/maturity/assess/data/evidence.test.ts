import { type Evidence } from '../../../../../core/maturity/api';
import { ownersEvidence } from '../fixtures';
import { evidenceFigure, evidenceLine } from './evidence';

const withShare = (share: number | null, atLeast = 0.8): Evidence => ({ ...ownersEvidence, share, atLeast });

describe('evidenceFigure', () => {
  it('gives the share of the count and the threshold', () => {
    expect(evidenceFigure(ownersEvidence)).toBe('42% of 50, needs ≥ 80%');
    expect(evidenceFigure(withShare(0.29, 0.75))).toBe('29% of 50, needs ≥ 75%');
    expect(evidenceFigure(withShare(2 / 3, 0.5))).toBe('66.7% of 50, needs ≥ 50%');
  });

  it('never rounds a missed threshold up onto it', () => {
    expect(evidenceFigure(withShare(0.7999))).toBe('79.9% of 50, needs ≥ 80%');
    expect(evidenceFigure(withShare(0.8))).toBe('80% of 50, needs ≥ 80%');
  });

  it('says when there is nothing to measure', () => {
    expect(evidenceFigure(withShare(null))).toBe('nothing to measure, needs ≥ 80%');
  });
});

describe('evidenceLine', () => {
  it('reads as text, figure and answer', () => {
    expect(evidenceLine(ownersEvidence)).toBe(
      'Evidence: 21 of 50 KPIs have an owner (42%) — 42% of 50, needs ≥ 80% → not met'
    );
    expect(
      evidenceLine({ ...ownersEvidence, share: 0.9, answer: 'met', text: '45 of 50 KPIs have an owner (90%)' })
    ).toBe('Evidence: 45 of 50 KPIs have an owner (90%) — 90% of 50, needs ≥ 80% → met');
  });
});
