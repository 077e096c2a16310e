import { cycleJson, resultsJson } from '../fixtures';
import { latestCycles, maturitySummary } from './maturity';

describe('latestCycles', () => {
  it('keeps the latest year and, per unit, its last released cycle', () => {
    const cycles = [
      cycleJson('corp-2025', 'corp', 2025, '2025-12-20T10:00:00Z'),
      cycleJson('sales-2026', 'sales', 2026, '2026-11-01T10:00:00Z'),
      cycleJson('corp-2026a', 'corp', 2026, '2026-06-01T10:00:00Z'),
      cycleJson('corp-2026b', 'corp', 2026, '2026-10-01T10:00:00Z'),
      cycleJson('ops-2027', 'ops', 2027, null),
    ];
    // ops-2027 is not released, so 2026 is the latest year; corp-2026b was released after corp-2026a
    expect(latestCycles(cycles).map((c) => c.id)).toEqual(['corp-2026b', 'sales-2026']);
  });

  it('is empty without released cycles', () => {
    expect(latestCycles([cycleJson('open', 'corp', 2026, null)])).toEqual([]);
  });
});

describe('maturitySummary', () => {
  it('takes the lower median of the dimension stages per unit and counts units per stage', () => {
    const summary = maturitySummary([
      // sorted 1,2,3,3: the ⌈4/2⌉ = 2nd smallest is 2 → Managed
      resultsJson('corp-2026', 'corp', 2026, [3, 1, 3, 2]),
      // sorted 0,0,2: the ⌈3/2⌉ = 2nd smallest is 0 → below the first stage
      resultsJson('sales-2026', 'sales', 2026, [2, 0, 0]),
      // sorted 2,3: the 1st smallest is 2 → Managed
      resultsJson('ops-2026', 'ops', 2026, [3, 2]),
    ]);
    expect(summary?.year).toBe(2026);
    expect(summary?.units.map((u) => [u.unit, u.median, u.dimensions])).toEqual([
      ['corp', 'Managed', 4],
      ['sales', null, 3],
      ['ops', 'Managed', 2],
    ]);
    expect(summary?.perStage).toEqual([
      { stage: 'Managed', count: 2 },
      { stage: 'none', count: 1 },
    ]);
  });

  it('is null when nothing is released', () => {
    expect(maturitySummary([])).toBeNull();
  });
});
