import { type KpiBenchmarks } from '../../../../core/maturity/kpi-benchmark-api';
import { ordinal } from './distribution';

const DAY = 86_400_000;

/**
 * [from, to) covering the last `months` whole calendar months before now's; a day earlier so that the first
 * month still starts inside the range in any server time zone (the server keeps only complete periods).
 */
export function rangeOf(months: number, now: number): { from: number; to: number } {
  const d = new Date(now);
  return { from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1) - DAY, to: now };
}

/** The breakdown values that have a rank in some period, sorted. */
export function unitValuesOf(kb: Pick<KpiBenchmarks, 'periods'>): string[] {
  return [...new Set(kb.periods.flatMap((p) => Object.keys(p.ranks ?? {})))].sort();
}

export interface Band {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export interface KpiRow {
  label: string;
  n: number;
  band: Band | null;
  /** Why the period is suppressed (minimum group or dominance), else null. */
  reason: string | null;
  /** The highlighted unit's place in words. */
  rank: string;
}

/** One row per period, oldest first, with the highlighted unit's (`value`, '' = none) percentile rank. */
export function kpiRows(kb: Pick<KpiBenchmarks, 'periods'>, value: string): KpiRow[] {
  return kb.periods.map((p) => {
    const { p10, p25, p50, p75, p90 } = p;
    const band =
      p.suppressed ||
      p10 === undefined ||
      p25 === undefined ||
      p50 === undefined ||
      p75 === undefined ||
      p90 === undefined
        ? null
        : { p10, p25, p50, p75, p90 };
    const rank = p.ranks !== undefined && Object.hasOwn(p.ranks, value) ? p.ranks[value] : undefined;
    const words = p.suppressed
      ? 'suppressed'
      : value === ''
        ? '—'
        : rank === undefined
          ? 'no value in this period'
          : `${ordinal(Math.round(rank))} percentile`;
    return { label: p.label, n: p.n, band, reason: p.suppressed ? (p.reason ?? 'suppressed') : null, rank: words };
  });
}

/** The span of the shown bands, for a chart's axis; null when every period is suppressed. */
export function bandExtent(rows: readonly KpiRow[]): { min: number; max: number } | null {
  const bands = rows.flatMap((r) => (r.band === null ? [] : [r.band]));
  if (bands.length === 0) {
    return null;
  }
  return { min: Math.min(...bands.map((b) => b.p10)), max: Math.max(...bands.map((b) => b.p90)) };
}
