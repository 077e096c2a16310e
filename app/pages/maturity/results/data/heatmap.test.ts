import { type CycleResults } from '../../../../../core/maturity/api';
import { releasedResults } from '../fixtures';
import { heatmapOf } from './heatmap';

const flags = (results: CycleResults, row: number) =>
  heatmapOf(results).rows[row]?.cells.map((c) => [c.filled, c.current, c.previous]);

describe('heatmapOf', () => {
  it('fills the columns up to the stage reached and emphasises that stage', () => {
    // Data reached Managed (2 of 3): Basic and Managed filled, Managed current; 2025 was Basic.
    expect(flags(releasedResults, 0)).toEqual([
      [true, false, true],
      [true, true, false],
      [false, false, false],
    ]);
  });

  it('fills nothing for a dimension below the lowest stage', () => {
    expect(flags(releasedResults, 1)).toEqual([
      [false, false, false],
      [false, false, false],
      [false, false, false],
    ]);
  });

  it('fills every column at the highest stage; no previous mark for a dimension new this year', () => {
    expect(flags(releasedResults, 2)).toEqual([
      [true, false, false],
      [true, false, false],
      [true, true, false],
    ]);
  });

  it('shows text in every cell, not only colour', () => {
    const row = heatmapOf(releasedResults).rows[0];
    expect(row?.cells.map((c) => c.mark)).toEqual(['✓ ○', '✓ ●', '–']);
    expect(row?.cells.map((c) => c.label)).toEqual([
      'Basic reached, stage in 2025',
      'Managed reached, stage in 2026',
      'Leading not reached',
    ]);
  });

  it('keeps the result order of dimensions, the stage in words and each assessor’s stage', () => {
    const map = heatmapOf(releasedResults);
    expect(map.stages.map((s) => s.name)).toEqual(['Basic', 'Managed', 'Leading']);
    expect(map.previousYear).toBe(2025);
    expect(map.rows.map((r) => [r.name, r.stage, r.assessors])).toEqual([
      ['Data', 'Managed', ['ann: Managed', 'bo: Basic']],
      ['People', 'Below Basic', ['ann: Below Basic', 'bo: Below Basic']],
      ['Tools', 'Leading', ['ann: Leading', 'bo: Leading']],
    ]);
  });

  it('marks no previous cell when last year was below the lowest stage', () => {
    const results: CycleResults = {
      ...releasedResults,
      previous: { cycle: 'ops-2025', year: 2025, dimensions: [{ id: 'dim-data', stage: null }] },
      change: { 'dim-data': 2 },
    };
    expect(heatmapOf(results).rows[0]?.cells.map((c) => c.previous)).toEqual([false, false, false]);
  });
});
