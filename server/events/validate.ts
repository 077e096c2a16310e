import { type EventRow, isEventColumn, TEXT_COLUMNS } from './types';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DIGITS = /^-?\d+(?:\.\d+)?$/;
// Epoch milliseconds before this (1973-03-03) are almost always epoch seconds sent by mistake.
const MIN_EPOCH_MS = 1e11;
const MAX_EPOCH_MS = Date.UTC(9999, 11, 31);
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

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function epochMs(ms: number, numeric: boolean): number | string {
  if (!Number.isFinite(ms) || ms > MAX_EPOCH_MS) {
    return 'is out of range';
  }
  if (numeric && ms < MIN_EPOCH_MS) {
    return `${ms} is before 1973 as epoch milliseconds (epoch seconds? multiply by 1000)`;
  }
  return Math.round(ms);
}

/** Epoch ms from ISO-8601 (no offset = UTC) or epoch milliseconds; a string saying why otherwise. */
export function timeOrReason(value: unknown): number | string {
  if (typeof value === 'number') {
    return epochMs(value, true);
  }
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return 'is required';
  }
  if (typeof value !== 'string') {
    return `must be a string or number, got ${show(value)}`;
  }
  const text = value.trim();
  if (DIGITS.test(text)) {
    return epochMs(Number(text), true);
  }
  const ms = isoMs(text);
  return Number.isNaN(ms) ? `expected ISO-8601 or epoch milliseconds, got ${show(value)}` : epochMs(ms, false);
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

/** A number, or null for an empty value; a string saying why otherwise. */
export function valueOrReason(value: unknown): number | null | string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(n) ? n : `must be a number or empty, got ${show(value)}`;
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
