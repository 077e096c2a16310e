import { flowLayout } from './layout';

const box = { width: 600, height: 260, minColumn: 100, nodeWidth: 20, labelHeight: 40, dropHeight: 20 };

describe('flowLayout', () => {
  it('scales nodes to the first stage, in the data order, one column each', () => {
    // usable height 260 − 40 − 20 = 200 for 1000 customers: 0.2 px each
    const layout = flowLayout([1000, 400, 600], box);
    expect(layout.columnWidth).toBe(200);
    expect(layout.nodes).toEqual([
      { x: 90, y: 40, width: 20, height: 200 },
      { x: 290, y: 40, width: 20, height: 80 },
      { x: 490, y: 40, width: 20, height: 120 },
    ]);
  });

  it('carries converters as links and the lost as drop-off branches', () => {
    const layout = flowLayout([1000, 400, 100], box);
    expect(layout.links.map((l) => l.thickness)).toEqual([80, 20]);
    expect(layout.drops.map((d) => d.thickness)).toEqual([120, 60]);
    // first link: from the first node's right edge (110) to the second node (290), 80 px thick
    expect(layout.links[0]?.path).toBe('M110,40 C200,40 200,40 290,40 L290,120 C200,120 200,120 110,120 Z');
    // first drop: starts under the link (y 120) and falls 20 px while moving 60% of the gap (to x 218)
    expect(layout.drops[0]?.end).toEqual({ x: 218, y: 140 });
  });

  it('never lets a stage larger than the one before carry more than it had', () => {
    const layout = flowLayout([100, 50, 80], box);
    expect(layout.links.map((l) => l.thickness)).toEqual([100, 100]);
    expect(layout.drops.map((d) => d.thickness)).toEqual([100, 0]);
  });

  it('scrolls sideways past the narrowest column', () => {
    const layout = flowLayout(
      Array.from({ length: 30 }, (_, i) => 1000 - i * 10),
      box
    );
    expect(layout.columnWidth).toBe(100);
    expect(layout.width).toBe(3000);
  });
});
