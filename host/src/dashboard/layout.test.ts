import { compact, gridRect, layoutDashboard } from './layout';
import type { PanelJson, RowJson } from './model';

describe('gridRect', () => {
  test("react-grid-layout's position at 1280 px: 24 columns, 30 px rows, 8 px margins", () => {
    // Column width (1280 - 23 * 8) / 24 = 45.67 px.
    expect(gridRect({ x: 0, y: 0, w: 12, h: 8 }, 1280)).toEqual({ left: 0, top: 0, width: 636, height: 296 });
    expect(gridRect({ x: 12, y: 8, w: 12, h: 1 }, 1280)).toEqual({ left: 644, top: 304, width: 636, height: 30 });
    expect(gridRect({ x: 0, y: 0, w: 24, h: 2 }, 1000).width).toBe(1000);
  });
});

describe('compact', () => {
  test('items move up into free space, never through others', () => {
    expect(
      compact([
        { x: 0, y: 5, w: 12, h: 2 },
        { x: 12, y: 0, w: 12, h: 4 },
        { x: 12, y: 9, w: 12, h: 1 },
      ])
    ).toEqual([
      { x: 0, y: 0, w: 12, h: 2 },
      { x: 12, y: 0, w: 12, h: 4 },
      { x: 12, y: 4, w: 12, h: 1 },
    ]);
  });
});

describe('layoutDashboard', () => {
  const panel = (id: number, y: number): PanelJson => ({
    id,
    type: 'stat',
    title: `P${id}`,
    gridPos: { x: 0, y, w: 24, h: 4 },
  });
  const row = (collapsed: boolean, y: number, panels: PanelJson[] = []): RowJson => ({
    id: 100 + y,
    type: 'row',
    title: collapsed ? 'Closed' : 'Open',
    collapsed,
    gridPos: { x: 0, y, w: 24, h: 1 },
    panels,
  });

  test('rows are headings; panels of collapsed rows are skipped and reported', () => {
    const layout = layoutDashboard([row(false, 0), panel(1, 1), row(true, 5, [panel(2, 6)])], 1280);
    expect(layout.items.map((i) => i.kind)).toEqual(['row', 'panel', 'row']);
    expect(layout.skipped).toEqual([{ id: 2, title: 'P2', row: 'Closed' }]);
    expect(layout.height).toBe(gridRect({ x: 0, y: 5, w: 24, h: 1 }, 1280).top + 30);
  });
});
