// Grafana's dashboard grid (react-grid-layout): 24 columns, 30 px rows, 8 px margins, vertical compaction, rows as headings.
import type { GridPos } from '@grafana/schema';
import { isRow, type PanelJson, type RowJson } from './model';

export const GRID_COLUMNS = 24;
export const GRID_CELL_HEIGHT = 30;
export const GRID_CELL_MARGIN = 8;

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type LayoutItem =
  | { kind: 'panel'; panel: PanelJson; gridPos: GridPos; rect: Rect }
  | { kind: 'row'; row: RowJson; gridPos: GridPos; rect: Rect };

export interface DashboardLayout {
  items: LayoutItem[];
  /** Panels inside collapsed rows, which Grafana does not render until the row is expanded. */
  skipped: Array<{ id?: number; title?: string; row?: string }>;
  height: number;
}

const DEFAULT_POS: GridPos = { x: 0, y: 0, w: 12, h: 8 };

/** Pixel rectangle of a grid position at a page width (react-grid-layout's calcGridItemPosition). */
export function gridRect(pos: GridPos, width: number): Rect {
  const colWidth = (width - GRID_CELL_MARGIN * (GRID_COLUMNS - 1)) / GRID_COLUMNS;
  return {
    left: Math.round((colWidth + GRID_CELL_MARGIN) * pos.x),
    top: Math.round((GRID_CELL_HEIGHT + GRID_CELL_MARGIN) * pos.y),
    width: Math.round(colWidth * pos.w + Math.max(0, pos.w - 1) * GRID_CELL_MARGIN),
    height: Math.round(GRID_CELL_HEIGHT * pos.h + Math.max(0, pos.h - 1) * GRID_CELL_MARGIN),
  };
}

const overlaps = (a: GridPos, b: GridPos) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Moves every item up as far as it goes without overlapping the ones placed before it, in (y, x) order. */
export function compact(positions: GridPos[]): GridPos[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);
  const placed: Array<{ p: GridPos; i: number }> = [];
  for (const { p, i } of order) {
    let y = p.y;
    while (y > 0 && !placed.some((q) => overlaps({ ...p, y: y - 1 }, q.p))) {
      y--;
    }
    while (placed.some((q) => overlaps({ ...p, y }, q.p))) {
      y++;
    }
    placed.push({ p: { ...p, y }, i });
  }
  return placed.sort((a, b) => a.i - b.i).map((q) => q.p);
}

export function layoutDashboard(panels: Array<PanelJson | RowJson>, width: number): DashboardLayout {
  const skipped = panels.flatMap((p) =>
    isRow(p) && p.collapsed ? p.panels.map((c) => ({ id: c.id, title: c.title, row: p.title })) : []
  );
  const positions = compact(
    panels.map((p) => ({ ...DEFAULT_POS, ...(isRow(p) ? { w: 24, h: 1 } : {}), ...p.gridPos }))
  );
  const items = panels.map((p, i): LayoutItem => {
    const gridPos = positions[i] ?? DEFAULT_POS;
    const rect = gridRect(gridPos, width);
    return isRow(p) ? { kind: 'row', row: p, gridPos, rect } : { kind: 'panel', panel: p, gridPos, rect };
  });
  const height = Math.max(0, ...items.map((it) => it.rect.top + it.rect.height));
  return { items, skipped, height };
}
