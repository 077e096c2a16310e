import { getValueFormatterIndex } from '@grafana/data';

/** How a row's numbers are written. */
export interface RowUnit {
  /** The Grafana unit id the numbers are formatted with. */
  id: string;
  /** A unit Grafana does not know ("score", "customers"): written once, after the numbers. */
  label: string | null;
  /** Percent given as fractions (0.85 is 85%) or as points (85 is 85%); null for other units. */
  percent: 'fraction' | 'points' | null;
}

// Unit ids getValueFormat builds from a prefix rather than finding in its index.
const BUILT_UNITS = /^(prefix|suffix|si|count|currency|time|bool):/;
const isGrafanaUnit = (id: string) => id in getValueFormatterIndex() || BUILT_UNITS.test(id);

/**
 * The unit a row's numbers are written in. 'percent' and '%' are read as fractions when the row's target and
 * thresholds (its references) all lie within 0..1, as a KPI whose rate is computed as a ratio sends them.
 */
export function rowUnit(unit: string | null, references: Array<number | null>): RowUnit {
  const id = unit?.trim() ?? '';
  if (id === '') {
    return { id: 'none', label: null, percent: null };
  }
  if (id === 'percentunit') {
    return { id, label: null, percent: 'fraction' };
  }
  if (id === 'percent' || id === '%') {
    const given = references.filter((r): r is number => r !== null);
    return given.length > 0 && given.every((r) => r >= 0 && r <= 1)
      ? { id: 'percentunit', label: null, percent: 'fraction' }
      : { id: 'percent', label: null, percent: 'points' };
  }
  return isGrafanaUnit(id) ? { id, label: null, percent: null } : { id: 'none', label: id, percent: null };
}
