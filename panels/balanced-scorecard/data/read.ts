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
