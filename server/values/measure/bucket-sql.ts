import { type BucketGrid, bucketRuns } from '../engine/buckets';

function literal(n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new Error(`bucket boundary ${n} is not a whole number of epoch milliseconds`);
  }
  return String(n);
}

/**
 * SQL giving the start (epoch ms) of the grid bucket holding `ms` (an epoch-ms expression): one formula per
 * run of equal widths, so DST days and calendar months cost a CASE branch each. Times are already in range.
 */
export function bucketSql(ms: string, grid: BucketGrid): string {
  const runs = bucketRuns(grid);
  const formula = (start: number, width: number) =>
    `${literal(start)} + floor((${ms} - ${literal(start)}) / ${literal(width)}) * ${literal(width)}`;
  const [only] = runs;
  if (only !== undefined && runs.length === 1) {
    return `CAST(${formula(only.start, only.width)} AS BIGINT)`;
  }
  const branches = runs.map(
    (r) => `WHEN ${ms} < ${literal(r.start + r.count * r.width)} THEN ${formula(r.start, r.width)}`
  );
  return `CAST(CASE ${branches.join(' ')} END AS BIGINT)`;
}
