import { instantOf, wallClock } from '../periods/zone';
import type { QuietHours, Weekday } from './policy';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// 1970-01-01, local day 0, was a Thursday
const WEEKDAY_OF_DAY: readonly Weekday[] = ['thu', 'fri', 'sat', 'sun', 'mon', 'tue', 'wed'];

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const weekdayOf = (day: number): Weekday | undefined => WEEKDAY_OF_DAY[((day % 7) + 7) % 7];

/** The window that starts on local day `day` as instants [start, end), or undefined when it does not run that day. */
function windowOn(day: number, quiet: QuietHours, timeZone: string): { start: number; end: number } | undefined {
  const weekday = weekdayOf(day);
  if (quiet.days !== undefined && (weekday === undefined || !quiet.days.includes(weekday))) {
    return undefined;
  }
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  const endDay = to > from ? day : day + 1;
  // a wall time skipped by DST maps to the end of the gap; a repeated one to its first occurrence
  return {
    start: instantOf(day * DAY + from * MINUTE, timeZone),
    end: instantOf(endDay * DAY + to * MINUTE, timeZone),
  };
}

function windowAt(instantMs: number, quiet: QuietHours, timeZone: string): { start: number; end: number } | undefined {
  const today = Math.floor(wallClock(instantMs, timeZone) / DAY);
  for (const day of [today - 1, today]) {
    const w = windowOn(day, quiet, timeZone);
    if (w !== undefined && w.start <= instantMs && instantMs < w.end) {
      return w;
    }
  }
  return undefined;
}

/** Whether notifications are held at this instant; the window's zone is its own or else the organisation's. */
export function inQuietHours(instantMs: number, quiet: QuietHours | undefined, orgTimeZone: string): boolean {
  return quiet !== undefined && windowAt(instantMs, quiet, quiet.timeZone ?? orgTimeZone) !== undefined;
}

/** The first instant at or after `instantMs` outside quiet hours: `instantMs` itself when not quiet. */
export function quietHoursEnd(instantMs: number, quiet: QuietHours | undefined, orgTimeZone: string): number {
  if (quiet === undefined) {
    return instantMs;
  }
  const timeZone = quiet.timeZone ?? orgTimeZone;
  let t = instantMs;
  // windows never overlap (from ≠ to), but a DST gap can make one end where the next starts
  for (let i = 0; i < 3; i++) {
    const w = windowAt(t, quiet, timeZone);
    if (w === undefined) {
      return t;
    }
    t = w.end;
  }
  return t;
}
