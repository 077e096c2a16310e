const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DIGITS = /^-?\d+(?:\.\d+)?$/;

/**
 * One range for every time, numeric or ISO: from 1971-01-01 (epoch seconds sent as milliseconds land in 1970, so
 * they are refused) to before 2100-01-01 (docs/kpis.md, Events).
 */
export const MIN_EVENT_TIME = Date.UTC(1971, 0, 1);
export const MAX_EVENT_TIME = Date.UTC(2100, 0, 1);

const RANGE = 'must be from 1971-01-01 up to (not including) 2100-01-01 UTC';
const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function inRange(ms: number, numeric: boolean): number | string {
  if (Number.isFinite(ms) && ms >= MIN_EVENT_TIME && ms < MAX_EVENT_TIME) {
    return Math.round(ms);
  }
  const when = Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? ` (got ${new Date(ms).toISOString()})` : '';
  const seconds = ms * 1000;
  const hint =
    numeric && seconds >= MIN_EVENT_TIME && seconds < MAX_EVENT_TIME
      ? `: ${ms} looks like epoch seconds, send milliseconds (multiply by 1000)`
      : '';
  return `${RANGE}${when}${hint}`;
}

/** Epoch ms from ISO-8601 (no offset = UTC) or epoch milliseconds; a string saying why otherwise. */
export function timeOrReason(value: unknown): number | string {
  if (typeof value === 'number') {
    return inRange(value, true);
  }
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return 'is required';
  }
  if (typeof value !== 'string') {
    return `must be a string or number, got ${show(value)}`;
  }
  const text = value.trim();
  if (DIGITS.test(text)) {
    return inRange(Number(text), true);
  }
  const ms = isoMs(text);
  return Number.isNaN(ms) ? `expected ISO-8601 or epoch milliseconds, got ${show(value)}` : inRange(ms, false);
}

/** ISO-8601 date or date-time; without an offset the time is UTC. NaN when it is not one. */
function isoMs(text: string): number {
  const iso = ISO_TIME.exec(text);
  if (iso === null) {
    return NaN;
  }
  const [, clock, offset] = iso;
  if (!realDate(text)) {
    return NaN;
  }
  if (clock === undefined) {
    return Date.parse(`${text}T00:00:00Z`);
  }
  const zone = offset === undefined ? 'Z' : offset.toUpperCase() === 'Z' ? 'Z' : normalOffset(offset);
  const local = text.slice(0, text.length - (offset?.length ?? 0));
  return Date.parse(`${local.replace(' ', 'T')}${zone}`);
}

// Date.parse rolls 2025-02-30 over into March instead of refusing it.
function realDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
  return date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

function normalOffset(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}
