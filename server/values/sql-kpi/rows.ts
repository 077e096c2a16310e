import { type SqlRow } from '../../store/sql';
import { compareBreakdowns } from '../measure/series';
import { type SeriesPoints } from '../types';
import { type ReadResult } from './read-only';

const ALLOWED = new Set(['time', 'value', 'breakdown']);

function checkColumns(columns: string[], what: string): void {
  const unexpected = columns.filter((c) => !ALLOWED.has(c));
  if (unexpected.length > 0 || !columns.includes('time') || !columns.includes('value')) {
    throw new Error(
      `${what} must return the columns time and value (and optionally breakdown); it returned: ${columns.join(', ') || 'no columns'}`
    );
  }
}

function toNumber(raw: unknown): number {
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    return Number(raw);
  }
  return typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
}

/** A timestamp (Date or text) or epoch milliseconds. */
function timeOf(row: SqlRow, index: number, what: string): number {
  const raw = row.time;
  let t = toNumber(raw);
  if (raw instanceof Date) {
    t = raw.getTime();
  } else if (typeof raw === 'string' && Number.isNaN(t)) {
    t = Date.parse(raw);
  }
  if (!Number.isFinite(t)) {
    throw new Error(`${what}: row ${index + 1} has time ${String(raw)}, which is neither a timestamp nor epoch ms`);
  }
  return t;
}

function valueOf(row: SqlRow, index: number, what: string): number | null {
  if (row.value === null || row.value === undefined) {
    return null;
  }
  const v = toNumber(row.value);
  if (!Number.isFinite(v)) {
    throw new Error(`${what}: row ${index + 1} has value ${String(row.value)}, which is not a number`);
  }
  return v;
}

/** Rows of an SQL KPI → one series, or one per `breakdown` value (null last), each in time order. */
export function sqlSeries(result: ReadResult, opts: { what: string; breakdown?: string }): SeriesPoints[] {
  if (result.rows.length === 0 && result.columns.length === 0) {
    return [{ points: [] }];
  }
  checkColumns(result.columns, opts.what);
  const split = result.columns.includes('breakdown');
  const series = new Map<string | null, SeriesPoints>();
  result.rows.forEach((row, i) => {
    const key = split && row.breakdown !== null && row.breakdown !== undefined ? String(row.breakdown) : null;
    let s = series.get(key);
    if (s === undefined) {
      s = split ? { breakdown: { column: opts.breakdown ?? 'breakdown', value: key }, points: [] } : { points: [] };
      series.set(key, s);
    }
    s.points.push({ time: timeOf(row, i, opts.what), value: valueOf(row, i, opts.what) });
  });
  if (!split && series.size === 0) {
    return [{ points: [] }];
  }
  const ordered = [...series.entries()].sort(([a], [b]) => compareBreakdowns(a, b));
  return ordered.map(([, s]) => ({ ...s, points: s.points.sort((p, q) => p.time - q.time) }));
}
