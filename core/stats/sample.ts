/**
 * True when a KPI's minimumSample is set and the sample is smaller. The value is still reported: callers
 * flag the point `insufficient-sample` so the UI can show it greyed instead of hiding it.
 */
export function insufficientSample(sample: number | undefined, minimumSample: number | undefined): boolean {
  return minimumSample !== undefined && sample !== undefined && sample < minimumSample;
}
