import { bucketIndex, bucketRuns, gridKey, gridRange, subGrid } from './buckets';

const H = 3_600_000;

describe('bucket grids', () => {
  // three buckets of 1, 1 and 2 hours
  const grid = { starts: [10 * H, 11 * H, 12 * H], end: 14 * H };

  it('finds the bucket holding a time and nothing outside', () => {
    expect(bucketIndex(grid, 10 * H)).toBe(0);
    expect(bucketIndex(grid, 12 * H - 1)).toBe(1);
    expect(bucketIndex(grid, 13 * H + 59 * 60_000)).toBe(2);
    expect(bucketIndex(grid, 14 * H)).toBeNull();
    expect(bucketIndex(grid, 9 * H)).toBeNull();
  });

  it('takes a time less than one bucket width before the first bucket as the first', () => {
    expect(bucketIndex(grid, 9 * H + 1)).toBe(0);
    expect(bucketIndex({ starts: [10 * H + 5], end: 34 * H + 5 }, 0)).toBe(0);
  });

  it('splits into runs of equal widths', () => {
    expect(bucketRuns(grid)).toEqual([
      { start: 10 * H, width: H, count: 2 },
      { start: 12 * H, width: 2 * H, count: 1 },
    ]);
  });

  it('cuts sub-grids and clips ranges', () => {
    expect(subGrid(grid, 1, 3)).toEqual({ starts: [11 * H, 12 * H], end: 14 * H });
    expect(subGrid(grid, 0, 1)).toEqual({ starts: [10 * H], end: 11 * H });
    expect(gridRange({ from: 10 * H + 5, to: 20 * H }, grid)).toEqual({ from: 10 * H + 5, to: 14 * H });
  });

  it('keys differ when an inner boundary moves', () => {
    expect(gridKey(grid)).not.toBe(gridKey({ starts: [10 * H, 11.5 * H, 12 * H], end: 14 * H }));
  });
});
