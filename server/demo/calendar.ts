import { type Rng } from './prng';
import { REGION_MODEL, type Region } from './model';

export const DAY_MS = 86_400_000;

/** The simulated window: `days` UTC days from `start` (inclusive) to `end` (exclusive). */
export interface DemoWindow {
  start: number;
  end: number;
  days: number;
}

/** `months` calendar months ending at the UTC midnight on or before `end`. */
export function demoWindow(end: number, months = 13): DemoWindow {
  const last = new Date(Math.floor(end / DAY_MS) * DAY_MS);
  const start = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - months, last.getUTCDate());
  return { start, end: last.getTime(), days: Math.round((last.getTime() - start) / DAY_MS) };
}

const mean1 = (xs: number[]): number[] => xs.map((x) => (x * xs.length) / xs.reduce((s, v) => s + v, 0));

// Sunday first, as getUTCDay() counts. B2B: weekends are quiet, product use more so than site visits.
const WEEK_TRAFFIC = mean1([0.42, 1.1, 1.15, 1.12, 1.08, 0.95, 0.45]);
const WEEK_USAGE = mean1([0.2, 1.2, 1.22, 1.2, 1.15, 1.0, 0.25]);
// Month by month: strong Q1 and autumn, summer and year-end dips.
const YEAR = mean1([1.05, 1.05, 1.1, 1.0, 1.0, 0.95, 0.85, 0.8, 1.05, 1.1, 1.05, 0.82]);
/** Yearly growth of traffic and leads. */
const GROWTH = 0.22;

export function weekdayOf(time: number): number {
  return (Math.floor(time / DAY_MS) + 4) % 7;
}

/** Month factor interpolated between mid-months, so the year changes smoothly. */
function yearly(time: number): number {
  const date = new Date(time);
  const pos = date.getUTCMonth() + (date.getUTCDate() - 15) / 30.44;
  const i = Math.floor(pos);
  const a = YEAR[(i + 12) % 12] ?? 1;
  const b = YEAR[(i + 13) % 12] ?? 1;
  return a + (b - a) * (pos - i);
}

/** Relative volume of visits and new leads on the day starting at `time` (mean about 1 over a year). */
export function trafficFactor(time: number, window: DemoWindow): number {
  const years = (time - (window.start + window.end) / 2) / (365 * DAY_MS);
  return (WEEK_TRAFFIC[weekdayOf(time)] ?? 1) * yearly(time) * Math.exp(GROWTH * years);
}

/** Relative product use (logins, features, tickets) on the day starting at `time`. */
export function usageFactor(time: number): number {
  return WEEK_USAGE[weekdayOf(time)] ?? 1;
}

// Activity by local hour: quiet nights, busy office hours, some evening use.
const LOCAL_HOURS = [2, 1, 1, 1, 1, 2, 4, 6, 10, 16, 16, 16, 12, 15, 15, 15, 14, 10, 7, 6, 6, 5, 4, 3];
const TABLE = 1024;

function hourTable(region: Region): Uint8Array {
  const offset = REGION_MODEL[region].utcOffset;
  const utc = Array.from({ length: 24 }, (_, h) => LOCAL_HOURS[(((h + offset) % 24) + 24) % 24] ?? 1);
  const total = utc.reduce((s, w) => s + w, 0);
  const table = new Uint8Array(TABLE);
  let h = 0;
  let acc = (utc[0] ?? 0) / total;
  for (let i = 0; i < TABLE; i++) {
    while ((i + 0.5) / TABLE > acc && h < 23) {
      h++;
      acc += (utc[h] ?? 0) / total;
    }
    table[i] = h;
  }
  return table;
}

const HOURS: Readonly<Record<Region, Uint8Array>> = {
  amer: hourTable('amer'),
  emea: hourTable('emea'),
  apac: hourTable('apac'),
};

/** Milliseconds after UTC midnight at which someone in `region` acts, by its business hours. */
export function timeInDay(rng: Rng, region: Region): number {
  const hour = HOURS[region][Math.floor(rng.next() * TABLE)] ?? 12;
  return hour * 3_600_000 + Math.floor(rng.next() * 3_600_000);
}
