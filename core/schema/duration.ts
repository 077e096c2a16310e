import { z } from 'zod';

const DURATION = /^([1-9]\d*)(m|h|d|w)$/;

const MINUTE_MS = 60_000;
const UNIT_MS = { m: MINUTE_MS, h: 60 * MINUTE_MS, d: 24 * 60 * MINUTE_MS, w: 7 * 24 * 60 * MINUTE_MS } as const;

/** A length of time such as 30d, 12h, 2w or 90m; a day is exactly 24 hours. */
export const duration = z.string().regex(DURATION, 'a duration such as 30d, 12h, 2w or 90m');

const isUnit = (unit: string): unit is keyof typeof UNIT_MS => Object.hasOwn(UNIT_MS, unit);

/** Milliseconds in a duration: `30d` → 2 592 000 000. Throws on text that is not a duration. */
export function durationMs(text: string): number {
  const [, amount, unit] = DURATION.exec(text) ?? [];
  if (amount === undefined || unit === undefined || !isUnit(unit)) {
    throw new Error(`"${text}" is not a duration such as 30d, 12h, 2w or 90m`);
  }
  return Number(amount) * UNIT_MS[unit];
}
