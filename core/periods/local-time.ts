import { instantOf, naiveMs } from './zone';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of an ISO-8601 time; a date without a time is that day's local midnight in the zone. */
export function parseLocalTime(text: string, timeZone: string): number {
  const date = DATE_ONLY.exec(text);
  if (date === null) {
    return Date.parse(text);
  }
  return instantOf(naiveMs({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }), timeZone);
}

/** The same as an ISO instant (UTC). */
export const localTimeIso = (text: string, timeZone: string): string =>
  new Date(parseLocalTime(text, timeZone)).toISOString();
