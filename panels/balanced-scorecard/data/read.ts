import { type Field } from '@grafana/data';

/** A finite number from a number, or from text such as "41.5"; null otherwise. */
export function numberAt(field: Field | undefined, row: number): number | null {
  const v: unknown = field?.values[row];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Non-empty trimmed text, or null. */
export function textAt(field: Field | undefined, row: number): string | null {
  const v: unknown = field?.values[row];
  const t = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return t === '' ? null : t;
}

/** A comma-separated list (or an array) as trimmed, non-empty strings. */
export function listAt(field: Field | undefined, row: number, separator = ','): string[] {
  const v: unknown = field?.values[row];
  const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(separator) : [];
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** true/false from a boolean, "true"/"false", or 1/0; null otherwise. */
export function booleanAt(field: Field | undefined, row: number): boolean | null {
  const v: unknown = field?.values[row];
  if (typeof v === 'boolean') {
    return v;
  }
  const t = String(v ?? '')
    .trim()
    .toLowerCase();
  return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : null;
}

/** Epoch ms from a number, numeric text, or a date text such as "2026-04-01T00:00:00Z"; null otherwise. */
export function timeAt(field: Field | undefined, row: number): number | null {
  const n = numberAt(field, row);
  if (n !== null) {
    return n;
  }
  const t = textAt(field, row);
  const parsed = t === null ? NaN : Date.parse(t);
  return Number.isFinite(parsed) ? parsed : null;
}
