import { dateTimeFormat } from '@grafana/data';

/** "2026-11-30 09:15" in the user's time zone (Grafana's `browser`, `utc` or an IANA name). */
export const absolute = (iso: string, timeZone: string) =>
  dateTimeFormat(iso, { timeZone, format: 'YYYY-MM-DD HH:mm' });

/** "12 s ago", "5 min ago", "3 h ago", "2 d ago", or "in 40 min" for a time after `now`. */
export function relative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const seconds = Math.floor(Math.abs(diff) / 1000);
  const amount =
    seconds < 60
      ? `${seconds} s`
      : seconds < 3600
        ? `${Math.floor(seconds / 60)} min`
        : seconds < 86400
          ? `${Math.floor(seconds / 3600)} h`
          : `${Math.floor(seconds / 86400)} d`;
  return diff > 0 ? `in ${amount}` : `${amount} ago`;
}

/** "3 h ago (2026-11-30 09:15)". */
export const whenText = (iso: string, now: number, timeZone: string) =>
  `${relative(iso, now)} (${absolute(iso, timeZone)})`;

/** "2026-12-02 18:00 (in 6 h)": for times the reader waits for. */
export const atText = (iso: string, now: number, timeZone: string) =>
  `${absolute(iso, timeZone)} (${relative(iso, now)})`;
