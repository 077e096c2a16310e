import { type Period } from '../schema/kpi';
import { instantOf, localFields, naiveMs } from './zone';

export interface PeriodSpan {
  /** First instant of the period, epoch ms. */
  start: number;
  /** First instant of the next period (exclusive end), epoch ms. */
  end: number;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Monday = 0 … Sunday = 6 of a calendar date. */
const isoWeekday = (d: Day): number => (new Date(naiveMs(d)).getUTCDay() + 6) % 7;

/** The calendar date `days` after d (negative goes back). */
function addDays(d: Day, days: number): Day {
  const t = new Date(naiveMs(d) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function addMonths(d: Day, months: number): Day {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1, day: 1 };
}

/** First day of the period holding the date, and the first day of the next one. */
function periodDays(d: Day, period: Period): [Day, Day] {
  switch (period) {
    case 'day':
      return [d, addDays(d, 1)];
    case 'week': {
      const monday = addDays(d, -isoWeekday(d));
      return [monday, addDays(monday, 7)];
    }
    case 'month':
      return [{ ...d, day: 1 }, addMonths(d, 1)];
    case 'quarter': {
      const first = { year: d.year, month: d.month - ((d.month - 1) % 3), day: 1 };
      return [first, addMonths(first, 3)];
    }
    case 'year':
      return [
        { year: d.year, month: 1, day: 1 },
        { year: d.year + 1, month: 1, day: 1 },
      ];
  }
}

const startOfDay = (d: Day, timeZone: string): number => instantOf(naiveMs(d), timeZone);

/** The reporting period holding instant t: starts at local midnight in the zone (weeks on ISO Monday), DST included. */
export function periodOf(t: number, period: Period, timeZone: string): PeriodSpan {
  const { year, month, day } = localFields(t, timeZone);
  const [first, next] = periodDays({ year, month, day }, period);
  return { start: startOfDay(first, timeZone), end: startOfDay(next, timeZone) };
}

/** The `count` consecutive periods ending with the one holding t, oldest first. */
export function periodsUpTo(t: number, period: Period, timeZone: string, count: number): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  let p = periodOf(t, period, timeZone);
  for (let i = 0; i < count; i++) {
    out.unshift(p);
    p = periodOf(p.start - 1, period, timeZone);
  }
  return out;
}

/** The latest period that ends at or before `to` (the range's exclusive end). */
export const lastCompletePeriod = (to: number, period: Period, timeZone: string): PeriodSpan =>
  periodOf(periodOf(to, period, timeZone).start - 1, period, timeZone);

/** The period holding the last instant before `to`: complete only when it ends exactly at `to`. */
export const periodToDate = (to: number, period: Period, timeZone: string): PeriodSpan =>
  periodOf(to - 1, period, timeZone);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** ISO week number and ISO week-year of a date. */
export function isoWeek(d: Day): { week: number; year: number } {
  const thursday = addDays(d, 3 - isoWeekday(d));
  const jan4 = { year: thursday.year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, -isoWeekday(jan4));
  return { week: Math.round((naiveMs(thursday) - naiveMs(week1Monday)) / 604_800_000) + 1, year: thursday.year };
}

/** A period named as a reader expects: "April 2026", "Q2 2026", "Week 14, 2026", "5 Apr 2026", "2026". */
export function periodLabel(start: number, period: Period, timeZone: string): string {
  const d = localFields(start, timeZone);
  const month = MONTHS[d.month - 1] ?? String(d.month);
  switch (period) {
    case 'day':
      return `${d.day} ${month.slice(0, 3)} ${d.year}`;
    case 'week': {
      const w = isoWeek(d);
      return `Week ${w.week}, ${w.year}`;
    }
    case 'month':
      return `${month} ${d.year}`;
    case 'quarter':
      return `Q${Math.floor((d.month - 1) / 3) + 1} ${d.year}`;
    case 'year':
      return String(d.year);
  }
}
