import { type RowUnit } from '../../shared/data/rowUnit';

export { rowUnit, type RowUnit } from '../../shared/data/rowUnit';

export const IMPOSSIBLE_RATE =
  "Impossible value: a rate above 100% cannot be right; check the KPI's numerator and denominator. Shown, not scored";

/**
 * A percent KPI's value above 100% when its target and thresholds all lie below 100%: a completion or
 * conversion rate aiming at 85% cannot reach 111%, while attainment against 100% or net revenue retention
 * against 110% may exceed 100%, and a KPI without references gives nothing to judge by.
 */
export function aboveWhole(value: number | null, unit: RowUnit, references: Array<number | null>): boolean {
  if (value === null || unit.percent === null) {
    return false;
  }
  const whole = unit.percent === 'fraction' ? 1 : 100;
  const given = references.filter((r): r is number => r !== null);
  return value > whole && given.length > 0 && given.every((r) => r < whole);
}
