export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Band {
  /** Thickness at both ends, in pixels: the customers it carries. */
  thickness: number;
  path: string;
  /** Where the band ends (its top), for a label. */
  end: { x: number; y: number };
}

export interface FlowBox {
  width: number;
  height: number;
  /** Narrowest column before the view scrolls sideways. */
  minColumn: number;
  nodeWidth: number;
  /** Room above the nodes for the stage labels. */
  labelHeight: number;
  /** How far drop-off branches fall below the flow. */
  dropHeight: number;
}

export interface FlowLayout {
  width: number;
  columnWidth: number;
  nodes: Rect[];
  /** links[i] carries stage i's converters into stage i + 1. */
  links: Band[];
  /** drops[i] carries those of stage i lost before stage i + 1. */
  drops: Band[];
}

const r = (n: number) => Math.round(n * 100) / 100;

/** A band of one thickness from (x0, y0) to (x1, y1), eased horizontally like a Sankey link. */
function band(x0: number, y0: number, x1: number, y1: number, thickness: number): string {
  const xm = r((x0 + x1) / 2);
  return [
    `M${r(x0)},${r(y0)}`,
    `C${xm},${r(y0)} ${xm},${r(y1)} ${r(x1)},${r(y1)}`,
    `L${r(x1)},${r(y1 + thickness)}`,
    `C${xm},${r(y1 + thickness)} ${xm},${r(y0 + thickness)} ${r(x0)},${r(y0 + thickness)}`,
    'Z',
  ].join(' ');
}

/**
 * Stages as nodes left to right, heights scaled to the FIRST stage; between two nodes a straight band of the
 * converters (top-aligned) and, below it, a branch of the lost customers falling away.
 */
export function flowLayout(values: Array<number | null>, box: FlowBox): FlowLayout {
  const n = values.length;
  const columnWidth = n > 0 ? Math.max(box.width / n, box.minColumn) : box.width;
  const top = box.labelHeight;
  const usable = Math.max(0, box.height - box.labelHeight - box.dropHeight);
  const first = values[0] ?? 0;
  const scale = first > 0 ? usable / first : 0;
  const heights = values.map((v) => Math.min(Math.max(v ?? 0, 0), first) * scale);
  const nodes = heights.map((height, i) => ({
    x: r(i * columnWidth + (columnWidth - box.nodeWidth) / 2),
    y: top,
    width: box.nodeWidth,
    height: r(height),
  }));
  const links: Band[] = [];
  const drops: Band[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const from = nodes[i];
    const to = nodes[i + 1];
    const h = heights[i] ?? 0;
    const next = heights[i + 1] ?? 0;
    if (!from || !to) {
      continue;
    }
    const x0 = from.x + from.width;
    const kept = Math.min(h, next);
    links.push({ thickness: r(kept), path: band(x0, top, to.x, top, kept), end: { x: to.x, y: top } });
    const lost = h - kept;
    const xEnd = x0 + (to.x - x0) * 0.6;
    const yEnd = top + kept + box.dropHeight;
    drops.push({ thickness: r(lost), path: band(x0, top + kept, xEnd, yEnd, lost), end: { x: r(xEnd), y: r(yEnd) } });
  }
  return { width: r(columnWidth * n), columnWidth: r(columnWidth), nodes, links, drops };
}
