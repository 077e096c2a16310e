import { type DataFrame, dateTimeFormat } from '@grafana/data';
import { type PeriodSummary, type PeriodView } from './model';

interface RowPeriod {
  period: string | null;
  periodLabel: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  partial: boolean;
}

const EVERY: Record<string, string> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

const DAY_FORMAT = 'D MMM YYYY';

/** "1 Apr 2026 – 30 Apr 2026" from a start and an exclusive end, in the dashboard's time zone. */
function datesLabel(start: number | null, end: number | null, timeZone: string): string | null {
  const day = (t: number) => dateTimeFormat(t, { format: DAY_FORMAT, timeZone });
  // The end is exclusive: the period's last moment is the millisecond before it.
  const last = end === null ? null : day(end - 1);
  if (start === null) {
    return last === null ? null : `until ${last}`;
  }
  const first = day(start);
  return last === null ? `from ${first}` : first === last ? first : `${first} – ${last}`;
}

/** The period a row's value covers: its label, else its dates, else how often it is reported; null without any. */
export function kpiPeriod(row: RowPeriod, timeZone: string): PeriodView | null {
  const kind = row.period === null ? null : (EVERY[row.period.toLowerCase()] ?? row.period);
  const label = row.periodLabel ?? datesLabel(row.periodStart, row.periodEnd, timeZone) ?? kind;
  if (label === null) {
    return row.partial ? { label: 'current period', partial: true } : null;
  }
  return { label, partial: row.partial };
}

/** The tooltip's words for a KPI's period: "April 2026", "April 2026 (partial, to date)". */
export const periodText = (p: PeriodView): string => (p.partial ? `${p.label} (partial, to date)` : p.label);

interface FrameMetaPeriod {
  label: string | null;
  toDate: boolean;
}

/** What the scorecard frames' meta.custom say about the period: one shared label, and whether it runs to date. */
export function metaPeriod(frames: DataFrame[]): FrameMetaPeriod {
  const customs = frames.map((f) => f.meta?.custom ?? {});
  const labels = new Set(customs.map((c) => (typeof c.periodLabel === 'string' ? c.periodLabel : null)));
  const [only] = labels;
  return { label: labels.size === 1 && only ? only : null, toDate: customs.some((c) => c.period === 'to-date') };
}

/**
 * The header's period: the label all KPIs share (or the frame's); when they differ, the most common one and how
 * many KPIs report another ("November 2026 · 1 KPI on another period"); marked to date when a KPI covers its
 * running period; null when the data says nothing of periods.
 */
export function periodSummary(periods: Array<PeriodView | null>, meta: FrameMetaPeriod): PeriodSummary | null {
  const given = periods.filter((p): p is PeriodView => p !== null);
  const partial = meta.toDate || given.some((p) => p.partial);
  const labels = new Set(given.map((p) => p.label));
  const [only] = labels;
  const label = meta.label ?? (labels.size === 1 ? only : undefined);
  if (label !== undefined) {
    return { label, varies: false, partial };
  }
  if (labels.size < 2) {
    return null;
  }
  const counts = new Map<string, number>();
  given.forEach((p) => counts.set(p.label, (counts.get(p.label) ?? 0) + 1));
  const [top = '', most = 0] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const others = given.length - most;
  return { label: `${top} · ${others} KPI${others === 1 ? '' : 's'} on another period`, varies: true, partial };
}
