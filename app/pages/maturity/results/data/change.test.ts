import { type CycleResults } from '../../../../../core/maturity/api';
import { releasedResults } from '../fixtures';
import { changeOf } from './change';

const withPrevious = (stages: Record<string, string | null>, change: Record<string, number>): CycleResults => ({
  ...releasedResults,
  previous: {
    cycle: 'ops-2025',
    year: 2025,
    dimensions: Object.entries(stages).map(([id, stage]) => ({ id, stage })),
  },
  change,
});

describe('changeOf', () => {
  it('points up with the stage delta and names both years', () => {
    expect(changeOf(releasedResults, 'dim-data')).toEqual({
      kind: 'up',
      delta: 1,
      mark: '▲ +1',
      tooltip: '2025: Basic → 2026: Managed',
    });
  });

  it('points down with a minus sign', () => {
    const results = withPrevious({ 'dim-data': 'st-leading', 'dim-people': 'st-managed' }, { 'dim-people': -2 });
    expect(changeOf(results, 'dim-people')).toEqual({
      kind: 'down',
      delta: -2,
      mark: '▼ \u22122',
      tooltip: '2025: Managed → 2026: Below Basic',
    });
  });

  it('shows a flat bar when the stage held', () => {
    const results = withPrevious({ 'dim-tools': 'st-leading' }, { 'dim-tools': 0 });
    expect(changeOf(results, 'dim-tools')).toMatchObject({ kind: 'same', delta: 0, mark: '▬ 0' });
    expect(changeOf(results, 'dim-tools').tooltip).toBe('2025: Leading → 2026: Leading');
  });

  it('says new for a dimension the previous cycle did not assess', () => {
    expect(changeOf(releasedResults, 'dim-tools')).toEqual({
      kind: 'new',
      delta: null,
      mark: 'new',
      tooltip: 'Not assessed in 2025; 2026: Leading',
    });
  });

  it('says new when the unit has no earlier released cycle', () => {
    const results: CycleResults = { ...releasedResults, previous: null, change: {} };
    expect(changeOf(results, 'dim-data')).toEqual({
      kind: 'new',
      delta: null,
      mark: 'new',
      tooltip: 'No released cycle before 2026; 2026: Managed',
    });
  });
});
