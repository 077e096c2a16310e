import { DIMENSIONS, type DefinitionMode, type LatencyGroupBy, type QueryFilter } from '../types';

/** Breakdowns of a KPI series or a funnel; '' is none. */
export const BREAKDOWN_OPTIONS: Array<{ value: string; label: string }> = [
  { value: '', label: 'None' },
  ...DIMENSIONS.map((d) => ({ value: d, label: `By ${d}` })),
  { value: 'stage', label: 'By stage' },
];

export type DefinitionKind = 'effective' | 'current' | 'version' | 'asOf';

export const DEFINITION_OPTIONS: Array<{ value: DefinitionKind; label: string; description: string }> = [
  { value: 'effective', label: 'Effective', description: 'Each point uses the definition in force at its time' },
  { value: 'current', label: 'Current', description: "History restated with today's definition" },
  { value: 'version', label: 'Version', description: 'Every point computed with one version' },
  { value: 'asOf', label: 'As of', description: 'Every point computed with the definition in force at a time' },
];

export function definitionKind(definition: DefinitionMode | undefined): DefinitionKind {
  if (definition === undefined || definition === 'effective') {
    return 'effective';
  }
  if (definition === 'current') {
    return 'current';
  }
  return 'version' in definition ? 'version' : 'asOf';
}

/** The mode of a kind, keeping the version or time already chosen; undefined is the server's default (effective). */
export function definitionOf(
  kind: DefinitionKind,
  previous: DefinitionMode | undefined,
  now: () => Date = () => new Date()
): DefinitionMode | undefined {
  switch (kind) {
    case 'effective':
      return undefined;
    case 'current':
      return 'current';
    case 'version':
      return typeof previous === 'object' && 'version' in previous ? previous : { version: 1 };
    case 'asOf':
      return typeof previous === 'object' && 'asOf' in previous
        ? previous
        : { asOf: `${now().toISOString().slice(0, 10)}T00:00:00Z` };
  }
}

/** A version number typed by the user, or why it is not one. */
export function parseVersion(text: string): { version: number } | { error: string } {
  const n = Number(text.trim());
  return Number.isInteger(n) && n > 0 ? { version: n } : { error: 'A version is a whole number from 1' };
}

/** The filter with one column's values replaced; columns without values and an empty filter are dropped. */
export function withFilterValues(
  filter: QueryFilter | undefined,
  column: string,
  values: string[]
): QueryFilter | undefined {
  const next = { ...filter, [column]: values };
  const kept = Object.entries(next).filter(([, v]) => v.length > 0);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Why an as-of time will be rejected, or undefined when it is a time or holds a template variable. */
export function asOfProblem(text: string): string | undefined {
  const t = text.trim();
  if (t === '') {
    return 'Enter a time, e.g. 2026-01-31T00:00:00Z';
  }
  return t.includes('$') || Number.isFinite(Date.parse(t)) ? undefined : `"${t}" is not an ISO-8601 time`;
}

/** Why an interval will be rejected, or undefined for '' (automatic), '1d'-style intervals and template variables. */
export function intervalProblem(text: string): string | undefined {
  const t = text.trim();
  return t === '' || t.includes('$') || /^[1-9]\d*[smhdw]$/.test(t)
    ? undefined
    : 'Use a whole number and one unit of s, m, h, d or w, e.g. 1d';
}

/** The query with `key` set to the value, or left out when the value is empty ('' or an empty list). */
export function withOptional<Q extends object, K extends keyof Q>(query: Q, key: K, value: Q[K] | undefined): Q {
  const next = { ...query };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next;
}

/** Rows of a decision-latency table; kpi is the server's default and is left out of the query. */
export const GROUP_BY_OPTIONS: Array<{ value: LatencyGroupBy; label: string; description: string }> = [
  { value: 'kpi', label: 'Per KPI', description: 'One row per KPI escalated' },
  { value: 'owner', label: 'Per owner', description: 'One row per KPI owner (as written first)' },
];
