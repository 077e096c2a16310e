import { type ObjectiveView, type PerspectiveView, type ScorecardView } from './model';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Point, Size {}

export interface BandLayout {
  perspective: PerspectiveView;
  rect: Rect;
  /** The strip at the top of the band holding the perspective's name, score and status. */
  header: Rect;
}

export interface NodeLayout {
  objective: ObjectiveView;
  band: string;
  rect: Rect;
}

export interface EdgeLayout {
  from: NodeLayout;
  to: NodeLayout;
  start: Point;
  end: Point;
  /** Cubic control points of an arrow within one band; null for a straight arrow. */
  controls: [Point, Point] | null;
  path: string;
}

export type StrategyMapLayout =
  | {
      kind: 'map';
      width: number;
      height: number;
      scrolls: boolean;
      bands: BandLayout[];
      nodes: NodeLayout[];
      edges: EdgeLayout[];
    }
  | { kind: 'too-small'; minimum: Size };

/** Sizes in px: a node below 120 × 48 cannot show a name, score and status word legibly. */
export const MAP_GEOMETRY = {
  nodeMinWidth: 120,
  nodeMaxWidth: 220,
  nodeMinHeight: 48,
  nodeMaxHeight: 64,
  gap: 24,
  bandHeader: 24,
  bandPadding: 8,
  /** Room for one band header line: name, score and status word. */
  minWidth: 240,
  /** Height left to a horizontal scrollbar when the map is wider than the panel. */
  scrollbarRoom: 16,
};

const G = MAP_GEOMETRY;
const minBandHeight = G.bandHeader + G.nodeMinHeight + 2 * G.bandPadding;

export function layoutStrategyMap(view: ScorecardView, size: Size): StrategyMapLayout {
  const columns = Math.max(1, ...view.perspectives.map((p) => p.objectives.length));
  const width = Math.max(size.width, columns * (G.nodeMinWidth + G.gap));
  const scrolls = width > size.width;
  const height = size.height - (scrolls ? G.scrollbarRoom : 0);
  const minimum = {
    width: G.minWidth,
    height: view.perspectives.length * minBandHeight + (scrolls ? G.scrollbarRoom : 0),
  };
  if (size.width < minimum.width || size.height < minimum.height) {
    return { kind: 'too-small', minimum };
  }
  const bandHeight = height / Math.max(1, view.perspectives.length);
  const nodeSize = {
    width: Math.min(G.nodeMaxWidth, width / columns - G.gap),
    height: Math.min(G.nodeMaxHeight, bandHeight - G.bandHeader - 2 * G.bandPadding),
  };
  const bands = view.perspectives.map((perspective, i) =>
    band(perspective, i * bandHeight, { width, height: bandHeight })
  );
  const nodes = bands.flatMap((b) => bandNodes(b, nodeSize));
  return { kind: 'map', width, height, scrolls, bands, nodes, edges: edgesBetween(nodes, bands) };
}

function band(perspective: PerspectiveView, y: number, size: Size): BandLayout {
  return { perspective, rect: { x: 0, y, ...size }, header: { x: 0, y, width: size.width, height: G.bandHeader } };
}

/** Nodes centred in equal slots across the band, and vertically in the space under the header. */
function bandNodes({ perspective, rect, header }: BandLayout, node: Size): NodeLayout[] {
  const slot = rect.width / perspective.objectives.length;
  const y = header.y + header.height + (rect.height - header.height - node.height) / 2;
  return perspective.objectives.map((objective, i) => ({
    objective,
    band: perspective.key,
    rect: { x: slot * (i + 0.5) - node.width / 2, y, ...node },
  }));
}

function edgesBetween(nodes: NodeLayout[], bands: BandLayout[]): EdgeLayout[] {
  const byKey = new Map(nodes.map((n) => [n.objective.key, n]));
  const bandOf = new Map(bands.map((b) => [b.perspective.key, b]));
  return nodes.flatMap((from) =>
    [...new Set(from.objective.causes)].flatMap((key) => {
      const to = byKey.get(key);
      const b = bandOf.get(from.band);
      if (!to || to === from || !b) {
        return [];
      }
      return [to.band === from.band ? arc(from, to, b) : straight(from, to)];
    })
  );
}

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the ray from the rectangle's centre towards `target` leaves the rectangle. */
export function borderPoint(r: Rect, target: Point): Point {
  const c = centre(r);
  const dx = target.x - c.x;
  const dy = target.y - c.y;
  const t = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy)
  );
  return { x: c.x + t * dx, y: c.y + t * dy };
}

function straight(from: NodeLayout, to: NodeLayout): EdgeLayout {
  const start = borderPoint(from.rect, centre(to.rect));
  const end = borderPoint(to.rect, centre(from.rect));
  return { from, to, start, end, controls: null, path: `M ${start.x} ${start.y} L ${end.x} ${end.y}` };
}

/** Rightward arrows loop under the band's nodes, leftward ones over them, so a pair both ways stays apart. */
function arc(from: NodeLayout, to: NodeLayout, b: BandLayout): EdgeLayout {
  const { x, y, width, height } = from.rect;
  const right = to.rect.x > x;
  const side = right ? 1 : -1;
  const edgeY = right ? y + height : y;
  const room = right ? b.rect.y + b.rect.height - (y + height) : y - (b.header.y + b.header.height);
  const start = { x: x + width / 2 + (side * width) / 4, y: edgeY };
  const end = { x: to.rect.x + width / 2 - (side * width) / 4, y: edgeY };
  // A cubic whose control points sit `room` beyond the border bulges 3/4 of that: inside the band.
  const controls: [Point, Point] = [
    { x: start.x, y: edgeY + side * room },
    { x: end.x, y: edgeY + side * room },
  ];
  const [c1, c2] = controls;
  const path = `M ${start.x} ${start.y} C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${end.x} ${end.y}`;
  return { from, to, start, end, controls, path };
}
