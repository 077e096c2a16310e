import { polylinePoints, sparklineShape } from './sparklinePath';

const box = { width: 100, height: 20, inset: 2 };

describe('sparklineShape', () => {
  it('scales time across and value up inside the inset box', () => {
    const shape = sparklineShape({ times: [0, 10, 20], values: [5, 15, 10] }, box);
    expect(shape.segments).toEqual([
      [
        { x: 2, y: 18 },
        { x: 50, y: 2 },
        { x: 98, y: 10 },
      ],
    ]);
    expect(shape.last).toEqual({ x: 98, y: 10 });
  });

  it('places points by time, not by index', () => {
    const shape = sparklineShape({ times: [0, 90, 100], values: [1, 2, 3] }, box);
    expect(shape.segments[0]?.map((p) => p.x)).toEqual([2, 88.4, 98]);
  });

  it('leaves a gap at null values and ends the line at the last value', () => {
    const shape = sparklineShape({ times: [0, 1, 2, 3, 4], values: [1, null, 2, 3, null] }, box);
    expect(shape.segments.map((s) => s.length)).toEqual([1, 2]);
    expect(shape.segments[1]?.[0]?.x).toBe(50);
    expect(shape.last).toEqual({ x: 74, y: 2 });
  });

  it('treats non-finite values as gaps', () => {
    const shape = sparklineShape({ times: [0, 1, 2], values: [1, NaN, 3] }, box);
    expect(shape.segments.map((s) => s.length)).toEqual([1, 1]);
  });

  it('draws a flat series through the middle and a single point at the right', () => {
    expect(sparklineShape({ times: [0, 1], values: [4, 4] }, box).segments[0]?.map((p) => p.y)).toEqual([10, 10]);
    expect(sparklineShape({ times: [5], values: [4] }, box).last).toEqual({ x: 98, y: 10 });
  });

  it('has nothing to draw without values', () => {
    expect(sparklineShape({ times: [0, 1], values: [null, null] }, box)).toEqual({ segments: [], last: null });
    expect(sparklineShape({ times: [], values: [] }, box)).toEqual({ segments: [], last: null });
  });

  it('ignores values without a time', () => {
    const shape = sparklineShape({ times: [0, 1], values: [1, 2, 3] }, box);
    expect(shape.segments[0]).toHaveLength(2);
  });
});

describe('polylinePoints', () => {
  it('writes x,y pairs rounded to hundredths', () => {
    expect(
      polylinePoints([
        { x: 1, y: 2.345 },
        { x: 3.3333, y: 4 },
      ])
    ).toBe('1,2.35 3.33,4');
  });
});
