import { type CheckIn, type ValuePoint } from '../types';
import { type BucketGrid, bucketIndex } from './buckets';

interface Bucket {
  latest: CheckIn;
  count: number;
}

/** A bucket's value is its latest check-in (the later listed on a tie); sample = how many it holds. Notes go to annotations. */
export function checkInPoints(checkIns: readonly CheckIn[], grid: BucketGrid): ValuePoint[] {
  const buckets = new Map<number, Bucket>();
  for (const checkIn of checkIns) {
    const i = bucketIndex(grid, checkIn.time);
    if (i === null) {
      continue;
    }
    const prev = buckets.get(i);
    const latest = prev === undefined || checkIn.time >= prev.latest.time ? checkIn : prev.latest;
    buckets.set(i, { latest, count: (prev?.count ?? 0) + 1 });
  }
  return grid.starts.map((time, i) => {
    const bucket = buckets.get(i);
    return bucket === undefined ? { time, value: null } : { time, value: bucket.latest.value, sample: bucket.count };
  });
}
