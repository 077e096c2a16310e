import { type DataQuery } from '@grafana/schema';
import {
  ANNOTATION_KINDS,
  type AnnotationKind,
  type DefinitionMode,
  type KpiQuery,
  type LatencyGroupBy,
  type QueryFilter,
} from '../types';
import { QueryModelError } from './queryError';
import { variableQueryFor } from './variableQuery';

type SavedQuery = Record<string, unknown>;

const QUERY_TYPES = [
  'kpi',
  'scorecard',
  'funnel',
  'catalog',
  'versions',
  'lineage',
  'annotations',
  'variables',
  'decision-latency',
];
// 'v3', 'version 3', '3'; longer digit runs are epoch milliseconds (an as-of time)
const VERSION_TEXT = /^\s*(?:v|version[:= ]?)?\s*(\d{1,6})\s*$/i;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** A non-empty list of distinct non-empty strings from a list or a single value. */
function list(v: unknown): string[] | undefined {
  const items = (Array.isArray(v) ? v : [v]).flatMap((x) => text(x) ?? []).filter((s) => s !== '');
  return items.length > 0 ? [...new Set(items)] : undefined;
}

const versionOf = (n: unknown): DefinitionMode | undefined =>
  typeof n === 'number' && Number.isInteger(n) && n > 0 ? { version: n } : undefined;

function asOf(v: unknown): DefinitionMode | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    return { asOf: new Date(v).toISOString() };
  }
  const t = text(v);
  return t ? { asOf: /^\d{10,}$/.test(t) ? new Date(Number(t)).toISOString() : t } : undefined;
}

/** 'effective' | 'current' | {version} | {asOf}, from what older queries saved ('v3', 3, a date, {asOf: ms}). */
export function migrateDefinition(v: unknown): DefinitionMode | undefined {
  if (v === 'effective' || v === 'current') {
    return v;
  }
  if (v === 'latest') {
    return 'current';
  }
  if (typeof v === 'number') {
    return versionOf(v);
  }
  if (typeof v === 'string') {
    const version = VERSION_TEXT.exec(v)?.[1];
    return version === undefined ? asOf(v) : versionOf(Number(version));
  }
  if (typeof v === 'object' && v !== null) {
    if ('version' in v) {
      return versionOf(typeof v.version === 'string' ? Number(v.version) : v.version);
    }
    return 'asOf' in v ? asOf(v.asOf) : undefined;
  }
  return undefined;
}

function filterOf(saved: SavedQuery): QueryFilter | undefined {
  const raw = typeof saved.filter === 'object' && saved.filter !== null ? saved.filter : {};
  const entries = Object.entries({ segment: saved.segments ?? saved.segment, ...raw }).flatMap(([column, values]) => {
    const items = list(values);
    return items ? [[column, items] as const] : [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function inferType(saved: SavedQuery): string {
  const given = text(saved.queryType);
  if (given && QUERY_TYPES.includes(given)) {
    return given;
  }
  if (saved.kpi !== undefined || saved.kpiId !== undefined) {
    return 'kpi';
  }
  if (saved.scorecard !== undefined || saved.scorecardId !== undefined) {
    return 'scorecard';
  }
  return saved.journey !== undefined ? 'funnel' : saved.variable !== undefined ? 'variables' : 'catalog';
}

function annotationKind(kind: unknown): AnnotationKind {
  const known = ANNOTATION_KINDS.find((k) => k === kind);
  if (known === undefined) {
    throw new QueryModelError(`${JSON.stringify(kind)} is not an annotation kind: use ${ANNOTATION_KINDS.join(', ')}`);
  }
  return known;
}

/** 'previous-period' from it or `true`; nothing from an empty, 'none' or false comparison. */
function compareOf(v: unknown): 'previous-period' | undefined {
  if (v === undefined || v === null || v === false || v === '' || v === 'none') {
    return undefined;
  }
  if (v === true || v === 'previous-period') {
    return 'previous-period';
  }
  throw new QueryModelError(`${JSON.stringify(v)} is not a comparison: use previous-period or leave compare out`);
}

/** 'kpi' (the default) or 'owner'; anything else is an error naming both. */
function groupByOf(v: unknown): LatencyGroupBy {
  if (v === undefined || v === null || v === '' || v === 'kpi' || v === 'owner') {
    return v === 'owner' ? 'owner' : 'kpi';
  }
  throw new QueryModelError(`${JSON.stringify(v)} is not a grouping: use kpi or owner`);
}

const blankTo = (v: string | undefined, ...none: string[]) => (v === undefined || none.includes(v) ? undefined : v);

/** Today's query model from any saved one (any version of ours, or hand-written JSON); unknown fields stay. Throws QueryModelError for what cannot be read. */
export function migrateQuery(query: DataQuery): KpiQuery {
  const saved: SavedQuery = Object.fromEntries(Object.entries(query));
  // Our own fields are rebuilt below; anything else the query holds is kept as it is.
  const {
    kpiId,
    scorecardId,
    segment,
    segments,
    kpi: _k,
    interval: _i,
    definition: _d,
    breakdown: _b,
    ...more
  } = saved;
  const {
    filter: _f,
    alias: _a,
    scorecard: _s,
    journey: _j,
    compare: _c,
    kpis: _ks,
    include: _in,
    variable: _v,
    groupBy: _g,
    owner: _o,
    ...others
  } = more;
  const rest = { ...others, refId: query.refId };
  const kpi = text(saved.kpi) || text(kpiId) || '';
  const interval = blankTo(text(saved.interval), '', 'auto');
  const definition = migrateDefinition(saved.definition);
  const common = {
    ...(interval === undefined ? {} : { interval }),
    ...(definition === undefined ? {} : { definition }),
  };
  const queryType = inferType(saved);
  switch (queryType) {
    case 'kpi': {
      const breakdown = blankTo(text(saved.breakdown), '', 'none');
      const filter = filterOf(saved);
      const alias = blankTo(text(saved.alias), '');
      return {
        ...rest,
        queryType,
        kpi,
        ...common,
        ...(breakdown === undefined ? {} : { breakdown }),
        ...(filter === undefined ? {} : { filter }),
        ...(alias === undefined ? {} : { alias }),
      };
    }
    case 'scorecard':
      return { ...rest, queryType, scorecard: text(saved.scorecard) || text(scorecardId) || '', ...common };
    case 'versions':
      return { ...rest, queryType, kpi };
    case 'lineage':
      return { ...rest, queryType, ...(kpi === '' ? {} : { kpi }) };
    case 'funnel': {
      const breakdown = blankTo(text(saved.breakdown), '', 'none');
      const compare = compareOf(saved.compare);
      return {
        ...rest,
        queryType,
        journey: text(saved.journey) ?? '',
        ...common,
        ...(breakdown ? { breakdown } : {}),
        ...(compare ? { compare } : {}),
      };
    }
    case 'annotations': {
      const kpis = list(saved.kpis);
      const scorecard = blankTo(text(saved.scorecard), '');
      const journey = blankTo(text(saved.journey), '');
      // An empty list is a choice (nothing of these kinds); a missing one means the server's default kinds.
      const include = Array.isArray(saved.include) ? saved.include.map(annotationKind) : undefined;
      return {
        ...rest,
        queryType,
        ...(kpis ? { kpis } : {}),
        ...(scorecard === undefined ? {} : { scorecard }),
        ...(journey === undefined ? {} : { journey }),
        ...(include ? { include } : {}),
      };
    }
    case 'decision-latency': {
      const owner = blankTo(text(saved.owner), '');
      return {
        ...rest,
        queryType,
        ...(groupByOf(saved.groupBy) === 'owner' ? { groupBy: 'owner' as const } : {}),
        ...(kpi === '' ? {} : { kpi }),
        ...(owner === undefined ? {} : { owner }),
      };
    }
    case 'variables':
      return { ...rest, ...variableQueryFor(text(saved.variable) ?? '', query.refId) };
    default:
      return { ...rest, queryType: 'catalog' };
  }
}
