import { Z95 } from '../stats';

/** A stage's count, as any datasource may give it (a SQL query's counts, a CSV), and optionally the period before. */
export interface FunnelCount {
  stage: string;
  value: number | null;
  previous?: number | null;
}

export interface FunnelStep extends FunnelCount {
  /** Of the first stage, 0..1. */
  conversion: number | null;
  /** Of the stage before, 0..1. */
  stepConversion: number | null;
  /** Wilson score interval at 95 % of each. */
  conversionInterval: [number, number] | null;
  stepConversionInterval: [number, number] | null;
  previousConversion: number | null;
  /** conversion − previousConversion. */
  change: number | null;
  /** A two-proportion z-test of conversion against the previous period at 95 %. */
  significant: boolean | null;
  /** More customers than the stage before: a rate over 100 %, which cannot be right. */
  impossible: boolean;
}

/** Wilson score interval of k successes in n trials (z = 1.96), null without trials. */
export function wilson(k: number, n: number, z = Z95): [number, number] | null {
  if (!(n > 0) || k < 0 || k > n) {
    return null;
  }
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Whether k1/n1 and k2/n2 differ at 95 % (pooled two-proportion z-test); null when either has no trials. */
export function differs(k1: number, n1: number, k2: number, n2: number, z = Z95): boolean | null {
  if (!(n1 > 0) || !(n2 > 0)) {
    return null;
  }
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se === 0 ? false : Math.abs(k1 / n1 - k2 / n2) / se > z;
}

const ratio = (k: number | null | undefined, n: number | null | undefined): number | null =>
  k === null || k === undefined || n === null || n === undefined || n <= 0 ? null : k / n;

/** Conversions, intervals and the period-over-period change of stage counts in journey order. */
export function funnelFromCounts(stages: readonly FunnelCount[]): FunnelStep[] {
  const first = stages[0];
  return stages.map((s, i) => {
    const before = i === 0 ? undefined : stages[i - 1];
    const v = s.value;
    const f = first?.value ?? null;
    const conversion = ratio(v, f);
    const previousConversion = ratio(s.previous, first?.previous);
    const ok = (k: number | null, n: number | null | undefined) =>
      k !== null && n !== null && n !== undefined && k <= n ? wilson(k, n) : null;
    return {
      ...s,
      conversion,
      stepConversion: i === 0 ? ratio(v, v) : ratio(v, before?.value),
      conversionInterval: ok(v, f),
      stepConversionInterval: i === 0 ? ok(v, v) : ok(v, before?.value),
      previousConversion,
      change: conversion === null || previousConversion === null ? null : conversion - previousConversion,
      significant:
        v === null || f === null || s.previous === null || s.previous === undefined || !first?.previous
          ? null
          : differs(v, f, s.previous, first.previous),
      impossible: v !== null && before?.value !== null && before?.value !== undefined && v > before.value,
    };
  });
}
