import {
  classicScorecard,
  kpiView,
  largeScorecard,
  objectiveView,
  perspectiveView,
  scorecardView,
} from '../../../tests/factories/scorecardView';
import { type EdgeLayout, layoutStrategyMap, MAP_GEOMETRY, type Point, type Rect, type Size } from './mapLayout';
import { type ScorecardView } from './model';

const objective = (key: string, causes: string[] = []) =>
  objectiveView(key, `Objective ${key}`, [kpiView({ name: `KPI ${key}`, value: 50 })], causes);

/** One band per list of objective keys; a key written `a>b,c` causes b and c. */
function bandsOf(...bands: string[][]): ScorecardView {
  return scorecardView(
    bands.map((keys, i) =>
      perspectiveView(
        `p${i}`,
        `Perspective ${i}`,
        keys.map((spec) => {
          const [key = spec, causes = ''] = spec.split('>');
          return objective(key, causes ? causes.split(',') : []);
        })
      )
    )
  );
}

function mapOf(view: ScorecardView, size: Size) {
  const layout = layoutStrategyMap(view, size);
  if (layout.kind !== 'map') {
    throw new Error(`expected a map, got ${layout.kind}`);
  }
  return layout;
}

const rectOf = (layout: ReturnType<typeof mapOf>, key: string): Rect | undefined =>
  layout.nodes.find((n) => n.objective.key === key)?.rect;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (p: Point, r: Rect) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function onBorder(p: Point, r: Rect): boolean {
  const within = p.x >= r.x - 1e-9 && p.x <= r.x + r.width + 1e-9 && p.y >= r.y - 1e-9 && p.y <= r.y + r.height + 1e-9;
  return within && (near(p.x, r.x) || near(p.x, r.x + r.width) || near(p.y, r.y) || near(p.y, r.y + r.height));
}

function bezier(edge: EdgeLayout, t: number): Point {
  const [c1, c2] = edge.controls ?? [edge.start, edge.end];
  const at = (a: number, b: number, c: number, d: number) =>
    (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
  return { x: at(edge.start.x, c1.x, c2.x, edge.end.x), y: at(edge.start.y, c1.y, c2.y, edge.end.y) };
}

describe('layoutStrategyMap: nodes', () => {
  // One band 120 high: a 24 header, then 96 for a 64-high node centred at y 40.
  it.each([
    [['a'], [190], 220],
    [['a', 'b'], [40, 340], 220],
    [['a', 'b', 'c'], [12, 212, 412], 176],
  ])('spreads %j evenly across a 600-wide band', (keys, xs, width) => {
    const layout = mapOf(bandsOf(keys), { width: 600, height: 120 });
    expect(layout.nodes.map((n) => n.rect)).toEqual(xs.map((x) => ({ x, y: 40, width, height: 64 })));
    expect(layout).toMatchObject({ width: 600, height: 120, scrolls: false });
  });

  it('stacks one band per perspective in the view order, Financial on top', () => {
    const layout = mapOf(classicScorecard(), { width: 600, height: 400 });
    expect(layout.bands.map((b) => [b.perspective.name, b.rect.y, b.rect.height])).toEqual([
      ['Financial', 0, 100],
      ['Customer', 100, 100],
      ['Internal process', 200, 100],
      ['Learning and growth', 300, 100],
    ]);
    expect(rectOf(layout, 'grow-revenue')).toEqual({ x: 190, y: 32, width: 220, height: 60 });
    expect(rectOf(layout, 'skills')).toEqual({ x: 190, y: 332, width: 220, height: 60 });
  });

  it('gives every node the width that fits the busiest band, and no two nodes overlap', () => {
    const layout = mapOf(largeScorecard(120), { width: 1400, height: 600 });
    expect(new Set(layout.nodes.map((n) => n.rect.width)).size).toBe(1);
    layout.nodes.forEach((a, i) =>
      layout.nodes.slice(i + 1).forEach((b) => expect(overlaps(a.rect, b.rect)).toBe(false))
    );
  });

  it('scrolls instead of squashing: six nodes in 600 need 6 × (120 + 24) = 864', () => {
    const layout = mapOf(bandsOf(['a', 'b', 'c', 'd', 'e', 'f']), { width: 600, height: 200 });
    expect(layout).toMatchObject({ width: 864, height: 200 - MAP_GEOMETRY.scrollbarRoom, scrolls: true });
    expect(layout.nodes.map((n) => [n.rect.x, n.rect.width])).toEqual(
      [12, 156, 300, 444, 588, 732].map((x) => [x, MAP_GEOMETRY.nodeMinWidth])
    );
  });
});

describe('layoutStrategyMap: too small', () => {
  it('needs 240 wide and 88 high per band (24 header, 48 node, 8 above and below)', () => {
    expect(layoutStrategyMap(classicScorecard(), { width: 600, height: 351 })).toEqual({
      kind: 'too-small',
      minimum: { width: 240, height: 352 },
    });
    expect(layoutStrategyMap(classicScorecard(), { width: 239, height: 600 }).kind).toBe('too-small');
    expect(layoutStrategyMap(classicScorecard(), { width: 240, height: 352 }).kind).toBe('map');
  });

  it('counts the scrollbar in the height a scrolling map needs', () => {
    const wide = bandsOf(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(layoutStrategyMap(wide, { width: 600, height: 103 })).toEqual({
      kind: 'too-small',
      minimum: { width: 240, height: 104 },
    });
    expect(mapOf(wide, { width: 600, height: 104 }).nodes[0]?.rect.height).toBe(MAP_GEOMETRY.nodeMinHeight);
  });
});

describe('layoutStrategyMap: edges', () => {
  it('draws the classic map upwards, learning → process → customer → financial, border to border', () => {
    const layout = mapOf(classicScorecard(), { width: 600, height: 400 });
    expect(layout.edges.map((e) => [e.from.objective.key, e.to.objective.key, e.path])).toEqual([
      ['delight', 'grow-revenue', 'M 300 132 L 300 92'],
      ['resolve-fast', 'delight', 'M 300 232 L 300 192'],
      ['skills', 'resolve-fast', 'M 300 332 L 300 292'],
    ]);
  });

  it('starts and ends every edge on its nodes’ borders', () => {
    const view = bandsOf(['a', 'b>a', 'c>a'], ['d>a,c', 'e>b', 'f>d'], ['g>a,f', 'h>e']);
    const layout = mapOf(view, { width: 700, height: 500 });
    expect(layout.edges).toHaveLength(9);
    layout.edges.forEach((e) => {
      expect(onBorder(e.start, e.from.rect)).toBe(true);
      expect(onBorder(e.end, e.to.rect)).toBe(true);
    });
  });

  it('curves arrows within a band around the nodes: rightward under them, leftward over them', () => {
    const layout = mapOf(bandsOf(['a>c', 'b', 'c>a']), { width: 600, height: 200 });
    const [under, over] = layout.edges;
    const band = layout.bands[0]?.rect;
    expect(under?.start.y).toBe(80 + 64);
    expect(over?.start.y).toBe(80);
    const beyond: Array<[EdgeLayout | undefined, (p: Point) => boolean]> = [
      [under, (p) => p.y > 80 + 64],
      [over, (p) => p.y < 80],
    ];
    beyond.forEach(([edge, clear]) => {
      if (!edge || !band) {
        throw new Error('missing edge or band');
      }
      for (let t = 0.02; t < 1; t += 0.02) {
        const p = bezier(edge, t);
        expect(clear(p)).toBe(true);
        expect(inside(p, band)).toBe(true);
      }
    });
  });

  it('leaves out causes that are not in the view, an objective causing itself, and repeats', () => {
    const layout = mapOf(bandsOf(['a>missing,a,b,b', 'b']), { width: 600, height: 200 });
    expect(layout.edges.map((e) => `${e.from.objective.key}→${e.to.objective.key}`)).toEqual(['a→b']);
  });
});
