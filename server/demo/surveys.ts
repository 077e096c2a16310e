import { type Rng } from './prng';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** 0-10: promoters (9-10) grow and detractors (0-6) shrink with the account's sentiment (0..1). */
export function npsScore(rng: Rng, sentiment: number): number {
  const promoter = clamp(0.15 + 0.65 * sentiment, 0.05, 0.95);
  const detractor = clamp(0.35 - 0.45 * sentiment, 0.02, 0.8);
  const u = rng.next();
  if (u < detractor) {
    const low = [0, 1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 6, 6];
    return low[Math.floor(rng.next() * low.length)] ?? 6;
  }
  if (u < 1 - promoter) {
    return rng.chance(0.45) ? 7 : 8;
  }
  return rng.chance(0.45) ? 10 : 9;
}

/** 1-5 after a resolved ticket: tickets that took several contacts and unhappy accounts score lower. */
export function csatScore(rng: Rng, contacts: number, risk: number): number {
  const satisfied = 0.95 - 0.08 * (contacts - 1) - 0.15 * risk;
  if (rng.chance(satisfied)) {
    return rng.chance(0.62) ? 5 : 4;
  }
  const u = rng.next();
  return u < 0.2 ? 1 : u < 0.5 ? 2 : 3;
}

/** 1-7 ("easy to get set up"), around the segment's mean. */
export function cesScore(rng: Rng, mean: number, risk: number): number {
  return clamp(Math.round(rng.normal(mean - 0.8 * (risk - 0.4), 1.1)), 1, 7);
}
