/** Local wall-clock fields of an instant in an IANA time zone. */
export interface LocalFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export class TimeZoneError extends RangeError {}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new TimeZoneError(
        `unknown time zone "${timeZone}": use an IANA name such as UTC, Europe/Berlin or America/New_York`
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a TimeZoneError naming the zone unless it is a known IANA name; returns it otherwise. */
export function checkTimeZone(timeZone: string): string {
  formatter(timeZone);
  return timeZone;
}

function formattedFields(t: number, timeZone: string): LocalFields {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) {
    parts[p.type] = p.value;
  }
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

export function localFields(t: number, timeZone: string): LocalFields {
  const d = new Date(Math.floor(t / 1000) * 1000 + offsetAt(t, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall clock as if it were UTC, in ms: comparable across instants of one zone. */
export function naiveMs(f: Pick<LocalFields, 'year' | 'month' | 'day'> & Partial<LocalFields>): number {
  const d = new Date(0);
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour ?? 0, f.minute ?? 0, f.second ?? 0, 0);
  return d.getTime();
}

function formattedOffset(whole: number, timeZone: string): number {
  return naiveMs(formattedFields(whole, timeZone)) - whole;
}

const SLOT = 900_000;
const MAX_SLOTS = 200_000;
// offsets by zone and quarter hour, kept where both ends of the quarter agree (no transition inside)
const slotOffsets = new Map<string, number>();

/** Offset of the zone from UTC at instant t, in ms (wall clock minus UTC), to the whole second. */
export function offsetAt(t: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    formatter(timeZone);
    return 0;
  }
  const whole = Math.floor(t / 1000) * 1000;
  const slot = Math.floor(whole / SLOT) * SLOT;
  const key = `${timeZone}|${slot}`;
  const known = slotOffsets.get(key);
  if (known !== undefined) {
    return known;
  }
  const offset = formattedOffset(whole, timeZone);
  const start = formattedOffset(slot, timeZone);
  if (start === offset && formattedOffset(slot + SLOT - 1000, timeZone) === offset) {
    if (slotOffsets.size >= MAX_SLOTS) {
      slotOffsets.clear();
    }
    slotOffsets.set(key, offset);
  }
  return offset;
}

/** Wall-clock time at instant t as naive ms. */
export const wallClock = (t: number, timeZone: string): number => t + offsetAt(t, timeZone);

const HOUR = 3_600_000;

/**
 * The first instant whose wall clock is at or after `naive` (naive ms): the wall time itself when it exists
 * (its earlier occurrence when a fall-back repeats it), else the end of the DST gap that skips it.
 */
export function instantOf(naive: number, timeZone: string): number {
  const candidates = [-36, 0, 36].map((h) => naive - offsetAt(naive + h * HOUR, timeZone));
  const exact = candidates.filter((t) => wallClock(t, timeZone) === naive);
  if (exact.length > 0) {
    return Math.min(...exact);
  }
  // in a gap: search the transition between an instant before and one after the skipped wall time
  let lo = Math.min(...candidates) - 2 * 24 * HOUR;
  let hi = Math.max(...candidates) + 2 * 24 * HOUR;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (wallClock(mid, timeZone) >= naive) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return hi;
}
