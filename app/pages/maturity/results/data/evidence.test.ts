import { type CycleResults } from '../../../../../core/maturity/api';
import { releasedResults } from '../fixtures';
import { evidenceRows } from './evidence';

describe('evidenceRows', () => {
  it('lists only criteria with evidence, with the figure and the override flagged', () => {
    expect(evidenceRows(releasedResults)).toEqual([
      {
        criterionId: 'tools-3',
        dimension: 'Tools',
        text: 'Most KPIs carry thresholds',
        check: '3 of 4 KPIs have thresholds (75%)',
        figure: '75% (3/4), needs ≥ 80%',
        evidenceAnswer: 'not met',
        consensus: 'met',
        overridden: true,
        note: 'The fourth KPI is being retired',
      },
    ]);
  });

  it('does not flag a consensus that follows the evidence, and says when there is nothing to measure', () => {
    const results: CycleResults = {
      ...releasedResults,
      criteria: releasedResults.criteria.map((c) =>
        c.evidence === null
          ? c
          : {
              ...c,
              consensus: 'not-met',
              settled: null,
              evidence: { ...c.evidence, share: null, numerator: 0, denominator: 0, atLeast: 0.5 },
            }
      ),
    };
    expect(evidenceRows(results)).toMatchObject([
      { figure: 'nothing to measure, needs ≥ 50%', consensus: 'not met', overridden: false, note: null },
    ]);
  });

  it('does not flag a disputed criterion', () => {
    const results: CycleResults = {
      ...releasedResults,
      criteria: releasedResults.criteria.map((c) => ({ ...c, consensus: null, disputed: true })),
    };
    expect(evidenceRows(results)).toMatchObject([{ consensus: 'disputed', overridden: false }]);
  });
});
