const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const INTERVAL = /^([1-9][0-9]*)([smhdw])$/;

/** Parses '30s', '5m', '1h', '1d', '1w' (any positive whole number of one unit) into milliseconds. */
export function parseInterval(text: string): number {
  const match = INTERVAL.exec(text.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_MS[match[2]];
  if (match === null || unit === undefined) {
    throw new Error(
      `invalid interval "${text}": use a positive whole number and one unit of s, m, h, d or w, e.g. 30s, 5m, 1h, 1d, 1w`
    );
  }
  const ms = Number(match[1]) * unit;
  if (!Number.isSafeInteger(ms)) {
    throw new Error(`invalid interval "${text}": too long`);
  }
  return ms;
}
