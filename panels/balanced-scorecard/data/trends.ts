import { type DataFrame, type Field, FieldType, getFieldDisplayName } from '@grafana/data';
import { type TrendView } from './model';

export interface TrendIndex {
  /** The trend of a KPI, matched by its id, else by its name against the series' display name. */
  find(kpiId: string | null, name: string): TrendView | null;
}

const hiddenFromGraphs = (field: Field): boolean => {
  const hideFrom: unknown = field.config.custom?.hideFrom;
  return typeof hideFrom === 'object' && hideFrom !== null && 'viz' in hideFrom && hideFrom.viz === true;
};

function trendOf(time: Field, value: Field): TrendView {
  const times: number[] = [];
  const values: Array<number | null> = [];
  for (let i = 0; i < value.values.length; i++) {
    const t: unknown = time.values[i];
    const v: unknown = value.values[i];
    if (typeof t === 'number') {
      times.push(t);
      values.push(typeof v === 'number' && Number.isFinite(v) ? v : null);
    }
  }
  return { times, values };
}

/** Time series among the frames, keyed by KPI id (field or frame meta) and by lower-cased display name. */
export function indexTrends(frames: DataFrame[]): TrendIndex {
  const byId = new Map<string, TrendView>();
  const byName = new Map<string, TrendView>();
  for (const frame of frames) {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    const values = frame.fields.filter((f) => f.type === FieldType.number && !hiddenFromGraphs(f));
    if (!time) {
      continue;
    }
    for (const field of values) {
      const trend = trendOf(time, field);
      const metaId: unknown = values.length === 1 ? frame.meta?.custom?.kpiId : undefined;
      const fieldId: unknown = field.config.custom?.kpiId;
      for (const id of [fieldId, metaId, field.name]) {
        if (typeof id === 'string' && !byId.has(id)) {
          byId.set(id, trend);
        }
      }
      const name = getFieldDisplayName(field, frame).toLowerCase();
      if (!byName.has(name)) {
        byName.set(name, trend);
      }
    }
  }
  return {
    find: (kpiId, name) => (kpiId ? byId.get(kpiId) : undefined) ?? byName.get(name.toLowerCase()) ?? null,
  };
}

/** The latest point with a value: its time, value and the value before it. */
export function latest(trend: TrendView | null): { time: number; value: number; before: number | null } | null {
  if (!trend) {
    return null;
  }
  const at = previousValue(trend.values, trend.values.length);
  const value = trend.values[at];
  if (value === undefined || value === null) {
    return null;
  }
  const before = trend.values[previousValue(trend.values, at)];
  return { time: trend.times[at] ?? 0, value, before: before ?? null };
}

/** Index of the last value before `end` that is not null; -1 when there is none. */
function previousValue(values: Array<number | null>, end: number): number {
  let i = end - 1;
  while (i >= 0 && values[i] === null) {
    i--;
  }
  return i;
}
