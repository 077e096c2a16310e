/** A value with the sample behind it and the half-width of its 95% confidence interval. */
export interface Estimate {
  /** null when the sample is empty. */
  value: number | null;
  sample: number;
  /** Absent when it cannot be computed (empty sample, one observation for a mean, a ratio outside 0..1). */
  moe?: number;
}

/** z for a two-sided 95% interval under the normal approximation. */
export const Z95 = 1.96;

const empty = (n: number): Estimate => ({ value: null, sample: Math.max(0, n) });

/** Net Promoter Score −100..100: 100·(P−D)/n, MoE = 1.96·100·√((p_P + p_D − (p_P − p_D)²)/n). */
export function nps({ promoters, detractors, n }: { promoters: number; detractors: number; n: number }): Estimate {
  if (n <= 0) {
    return empty(n);
  }
  const pP = promoters / n;
  const pD = detractors / n;
  const variance = pP + pD - (pP - pD) ** 2;
  return { value: 100 * (pP - pD), sample: n, moe: Z95 * 100 * Math.sqrt(Math.max(0, variance) / n) };
}

/** CSAT in percent: 100·s/n, MoE = 1.96·100·√(p(1−p)/n). */
export function csat({ satisfied, n }: { satisfied: number; n: number }): Estimate {
  const share = proportion({ k: satisfied, n });
  return share.value === null ? share : scale(share, 100);
}

/** Mean with MoE = 1.96·sd/√n, sd being the sample standard deviation (n−1); no MoE for n < 2. */
export function mean({ mean: m, sd, n }: { mean: number | null; sd: number | null; n: number }): Estimate {
  if (n <= 0 || m === null) {
    return empty(n);
  }
  return sd === null || n < 2 ? { value: m, sample: n } : { value: m, sample: n, moe: (Z95 * sd) / Math.sqrt(n) };
}

/** Share k/n with MoE = 1.96·√(p(1−p)/n); no MoE when k/n falls outside 0..1 (k not a subset of n). */
export function proportion({ k, n }: { k: number; n: number }): Estimate {
  if (n <= 0) {
    return empty(n);
  }
  const p = k / n;
  return p < 0 || p > 1 ? { value: p, sample: n } : { value: p, sample: n, moe: Z95 * Math.sqrt((p * (1 - p)) / n) };
}

function scale(e: Estimate, factor: number): Estimate {
  const value = e.value === null ? null : e.value * factor;
  return e.moe === undefined ? { value, sample: e.sample } : { value, sample: e.sample, moe: e.moe * factor };
}
