import { periodOf } from '../../core/periods';
import { type VersionRecord } from '../registry/types';
import { type ReportWindow } from './scorecard-periods';

/**
 * The ends of range (min(to, now)) for which a scorecard answer stays the same: narrowed by every decision the
 * answer takes from the end (the period reported, the versions in force), so a cached answer serves them all.
 */
export class EndValidity {
  lo = -Infinity;
  hi = Infinity;
  cacheable = true;

  within(lo: number, hi: number): void {
    this.lo = Math.max(this.lo, lo);
    this.hi = Math.min(this.hi, hi);
  }

  /** The answer depends on the exact end (a running period) or on the clock ('current'). */
  never(): void {
    this.cacheable = false;
  }

  holds(end: number): boolean {
    return this.cacheable && this.lo <= end && end < this.hi;
  }
}

/** The instants `at` between which versionInForce(versions, at) cannot change: the effective times around it. */
export function inForceSpan(versions: readonly VersionRecord[], at: number): [number, number] {
  let lo = -Infinity;
  let hi = Infinity;
  for (const v of versions) {
    const t = v.effectiveFrom === null ? NaN : Date.parse(v.effectiveFrom);
    if (t <= at) {
      lo = Math.max(lo, t);
    } else if (t > at) {
      hi = Math.min(hi, t);
    }
  }
  return [lo, hi];
}

/** A complete period is reported for every end from its own end until the next period ends. */
export function windowSpan(window: ReportWindow, timeZone: string): [number, number] | null {
  if (window.partial || window.range.to !== window.reported.end) {
    return null;
  }
  return [window.reported.end, periodOf(window.reported.end, window.period, timeZone).end];
}
