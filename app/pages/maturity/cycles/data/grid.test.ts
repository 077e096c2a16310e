import { aCycle } from './fixtures';
import { answered, buildGrid, filterCycles, progressOf } from './grid';

const a24 = aCycle({ id: 'a-2024', unit: 'alpha', year: 2024 });
const a26 = aCycle({ id: 'a-2026', unit: 'alpha', year: 2026, state: 'open', progress: { ann: 1 } });
const b25 = aCycle({ id: 'b-2025', unit: 'beta', year: 2025, state: 'calibration', model: 'z' });
const b25m = aCycle({ id: 'b-2025-m', unit: 'beta', year: 2025 });

describe('buildGrid', () => {
  it('puts units in rows, years ascending with gaps, and leaves missing cells empty', () => {
    const grid = buildGrid([a26, b25, a24, b25m]);
    expect(grid.years).toEqual([2024, 2025, 2026]);
    expect(grid.rows.map((r) => r.unit)).toEqual(['alpha', 'beta']);
    expect(grid.rows[0]?.cells.map((c) => c.map((x) => x.id))).toEqual([['a-2024'], [], ['a-2026']]);
    // two models in one year: ordered by model id
    expect(grid.rows[1]?.cells.map((c) => c.map((x) => x.id))).toEqual([[], ['b-2025-m', 'b-2025'], []]);
  });

  it('spans the years between the first and last even when none has a cycle', () => {
    const grid = buildGrid([aCycle({ id: 'x', unit: 'u', year: 2022 }), aCycle({ id: 'y', unit: 'u', year: 2025 })]);
    expect(grid.years).toEqual([2022, 2023, 2024, 2025]);
    expect(grid.rows[0]?.cells.map((c) => c.length)).toEqual([1, 0, 0, 1]);
  });

  it('is empty without cycles', () => {
    expect(buildGrid([])).toEqual({ years: [], rows: [] });
  });
});

describe('filterCycles', () => {
  const all = [a24, a26, b25, b25m];
  it('keeps one model, one state, or both', () => {
    expect(filterCycles(all, { model: 'z' }).map((c) => c.id)).toEqual(['b-2025']);
    expect(filterCycles(all, { state: 'released' }).map((c) => c.id)).toEqual(['a-2024', 'b-2025-m']);
    expect(filterCycles(all, { model: 'm', state: 'open' }).map((c) => c.id)).toEqual(['a-2026']);
    expect(filterCycles(all, {})).toHaveLength(4);
  });
});

describe('progress', () => {
  it('reads an assessor case-insensitively and counts a missing one as 0', () => {
    const c = aCycle({ id: 'c', unit: 'u', year: 2026, assessors: ['Ann', 'bo'], progress: { ann: 2 }, criteria: 5 });
    expect(progressOf(c, 'ANN')).toBe(2);
    expect(progressOf(c, 'bo')).toBe(0);
    expect(answered(c)).toEqual({ done: 2, due: 10 });
  });
});
