import { bucketCount, bucketIndex, bucketsRange, bucketTimes } from './buckets';

const H = 3_600_000;

describe('bucketTimes', () => {
  it('aligns buckets to multiples of the interval since the epoch, the first one starting before `from`', () => {
    const range = { from: 10 * H + 30 * 60_000, to: 13 * H };
    expect(bucketTimes(range, H)).toEqual([10 * H, 11 * H, 12 * H]);
    expect(bucketCount(range, H)).toBe(3);
  });

  it('gives one bucket at `from` when the interval spans the whole range', () => {
    const range = { from: 10 * H + 1, to: 20 * H };
    expect(bucketTimes(range, range.to - range.from)).toEqual([range.from]);
    expect(bucketTimes(range, 100 * H)).toEqual([range.from]);
    expect(bucketCount(range, 100 * H)).toBe(1);
  });

  it('starts buckets at alignMs + k·interval when asked', () => {
    const range = { from: 10 * H, to: 13 * H };
    expect(bucketTimes(range, 2 * H, 30 * 60_000)).toEqual([8.5 * H, 10.5 * H, 12.5 * H]);
    expect(bucketTimes(range, 3 * H, range.from)).toEqual([10 * H]);
    expect(bucketTimes(range, 3 * H, 0)).toEqual([9 * H, 12 * H]);
  });
});

describe('bucketIndex', () => {
  const times = [10 * H, 11 * H, 12 * H];

  it('finds the bucket holding a time and nothing outside', () => {
    expect(bucketIndex(times, H, 10 * H)).toBe(0);
    expect(bucketIndex(times, H, 12 * H - 1)).toBe(1);
    expect(bucketIndex(times, H, 13 * H)).toBeNull();
    expect(bucketIndex(times, H, 9 * H)).toBeNull();
  });

  it('takes an epoch-aligned time just before a bucket starting at `from` as that bucket', () => {
    expect(bucketIndex([10 * H + 5], 24 * H, 0)).toBe(0);
    expect(bucketIndex([10 * H + 5], 24 * H, 10 * H + 5 - 24 * H)).toBeNull();
  });
});

describe('bucketsRange', () => {
  it('clips the buckets to the range', () => {
    const range = { from: 10 * H + 5, to: 12 * H + 5 };
    expect(bucketsRange(range, [10 * H], H)).toEqual({ from: 10 * H + 5, to: 11 * H });
    expect(bucketsRange(range, [11 * H, 12 * H], H)).toEqual({ from: 11 * H, to: 12 * H + 5 });
  });
});
