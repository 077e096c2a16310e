import { type EventRow, isEventColumn, TEXT_COLUMNS } from './types';
import { timeOrReason } from './event-time';

export { timeOrReason };

// decimal text only: no hex, binary or octal prefixes, no Infinity, no digit separators
const DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?$/;
const MAX_TEXT = 1000;
// the store's batch insert joins text with U+001F, so control characters are refused (after trimming)
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A bad input row: `where` names it (`line 17`, `row 3`), `field` the column. */
export class EventInputError extends Error {
  override readonly name = 'EventInputError';

  constructor(
    readonly where: string,
    readonly field: string,
    reason: string
  ) {
    super(`${where}: ${field}: ${reason}`);
  }
}

// zero-width, soft hyphen, BOM, bidi embeddings/overrides/isolates, tag and filler characters make look-alikes
const INVISIBLE =
  /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/u;

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A number, or null for an empty value; a string saying why otherwise. */
export function valueOrReason(value: unknown): number | null | string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  const text = typeof value === 'string' ? value.trim() : null;
  const n = typeof value === 'number' ? value : text !== null && DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) {
    return `must be a number or empty, got ${show(value)}`;
  }
  // 1e-999 would silently become 0
  return n === 0 && text !== null && /[1-9](?:\.|\d)*[eE]/.test(text) ? `is too small, got ${show(value)}` : n;
}

function textOrReason(value: unknown, required: boolean): string | null | { reason: string } {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return required ? { reason: 'is required and must not be empty' } : null;
  }
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : null;
  if (text === null) {
    return { reason: `must be a string, got ${show(value)}` };
  }
  if (CONTROL.test(text)) {
    return { reason: 'must not contain control characters' };
  }
  const invisible = INVISIBLE.exec(text);
  if (invisible !== null) {
    const at = [...text.slice(0, invisible.index)].length + 1;
    return { reason: `must not contain invisible or bidi-control characters, got ${codePoint(invisible[0])} at ${at}` };
  }
  return text.length > MAX_TEXT ? { reason: `is longer than ${MAX_TEXT} characters` } : text;
}

/** Validates one record with the canonical columns (unknown keys are refused) into an EventRow. */
export function parseEventRecord(record: Readonly<Record<string, unknown>>, where: string): EventRow {
  for (const key of Object.keys(record)) {
    if (!isEventColumn(key)) {
      throw new EventInputError(
        where,
        key,
        'is not an event column (time, customer, event, stage, channel, segment, region, value)'
      );
    }
  }
  const time = timeOrReason(record.time);
  if (typeof time === 'string') {
    throw new EventInputError(where, 'time', time);
  }
  const event = textOrReason(record.event, true);
  if (event === null || typeof event === 'object') {
    throw new EventInputError(where, 'event', event?.reason ?? 'is required');
  }
  const value = valueOrReason(record.value);
  if (typeof value === 'string') {
    throw new EventInputError(where, 'value', value);
  }
  const row: EventRow = { time, customer: null, event, stage: null, channel: null, segment: null, region: null, value };
  for (const column of TEXT_COLUMNS) {
    const text = textOrReason(record[column], false);
    if (text !== null && typeof text === 'object') {
      throw new EventInputError(where, column, text.reason);
    }
    row[column] = text;
  }
  return row;
}
