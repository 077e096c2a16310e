import { type ScopedVars } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';
import { type KpiQuery, type QueryFilter } from '../types';
import { QueryModelError } from './queryError';

export type Replace = Pick<TemplateSrv, 'replace'>;

/** A filter value meaning every value of the column: the custom "All" value to give segment variables. */
export const ALL = '*';

/** How many queries one query may become through multi-value variables. */
export const MAX_EXPANSIONS = 200;

// Marks where a variable's values go in the interpolated text; no id or segment contains it.
const SLOT = /\u0000(\d+)\u0000/;

/** Every value a text takes: one per combination of the values of the multi-value variables in it. */
export function expandText(text: string, scopedVars: ScopedVars | undefined, templateSrv: Replace): string[] {
  const slots: string[][] = [];
  const skeleton = templateSrv.replace(text, scopedVars, (value: unknown) => {
    slots.push((Array.isArray(value) ? value : [value]).map(String));
    return `\u0000${slots.length - 1}\u0000`;
  });
  const parts = skeleton.split(SLOT);
  let results = [''];
  parts.forEach((part, i) => {
    const choices = i % 2 === 1 ? (slots[Number(part)] ?? []) : [part];
    results = results.flatMap((prefix) => choices.map((choice) => prefix + choice));
    if (results.length > MAX_EXPANSIONS) {
      throw new QueryModelError(`"${text}" takes more than ${MAX_EXPANSIONS} values: narrow the variables in it`);
    }
  });
  return [...new Set(results)];
}

/** Each entry expanded, the values flattened, without duplicates or empty strings. */
export function expandList(items: string[], scopedVars: ScopedVars | undefined, templateSrv: Replace): string[] {
  const values = items.flatMap((item) => expandText(item, scopedVars, templateSrv));
  return [...new Set(values.filter((v) => v !== ''))];
}

/** One value; several values of a variable are joined with commas. */
export const singleText = (text: string, scopedVars: ScopedVars | undefined, templateSrv: Replace): string =>
  templateSrv.replace(text, scopedVars, 'csv');

/** An id must not keep a variable reference the dashboard could not resolve. */
function resolvedIds(field: string, ids: string[]): string[] {
  const unresolved = ids.find((id) => /\$|\[\[/.test(id));
  if (unresolved !== undefined) {
    throw new QueryModelError(`${field} "${unresolved}" names a template variable this dashboard does not have`);
  }
  return ids.filter((id) => id !== '');
}

function interpolateFilter(filter: QueryFilter, scopedVars: ScopedVars | undefined, templateSrv: Replace) {
  const entries = Object.entries(filter).map(([column, values]): [string, string[]] => [
    column,
    expandList(values, scopedVars, templateSrv),
  ]);
  // Nothing chosen, or the '*' a variable's "All" stands for, drops the column: no filter rather than no rows.
  return Object.fromEntries(entries.filter(([, values]) => values.length > 0 && !values.includes(ALL)));
}

/** The query with template variables replaced: one query per value of a multi-value KPI or scorecard variable. */
export function interpolateQuery(
  query: KpiQuery,
  scopedVars: ScopedVars | undefined,
  templateSrv: Replace
): KpiQuery[] {
  const one = (text: string) => singleText(text, scopedVars, templateSrv);
  const ids = (field: string, text: string) => resolvedIds(field, expandText(text, scopedVars, templateSrv));
  const interval = 'interval' in query && query.interval ? { interval: one(query.interval) } : {};
  const definition =
    'definition' in query && typeof query.definition === 'object' && 'asOf' in query.definition
      ? { definition: { asOf: one(query.definition.asOf) } }
      : {};
  switch (query.queryType) {
    case 'kpi': {
      const filter = query.filter ? { filter: interpolateFilter(query.filter, scopedVars, templateSrv) } : {};
      const breakdown = query.breakdown ? { breakdown: one(query.breakdown) } : {};
      const alias = query.alias ? { alias: one(query.alias) } : {};
      const extra = { ...interval, ...definition, ...filter, ...breakdown, ...alias };
      return ids('KPI', query.kpi).map((kpi) => ({ ...query, kpi, ...extra }));
    }
    case 'scorecard':
      return ids('Scorecard', query.scorecard).map((scorecard) => ({
        ...query,
        scorecard,
        ...interval,
        ...definition,
      }));
    case 'funnel': {
      const breakdown = query.breakdown ? { breakdown: one(query.breakdown) } : {};
      const extra = { ...interval, ...definition, ...breakdown };
      return ids('Journey', query.journey).map((journey) => ({ ...query, journey, ...extra }));
    }
    case 'versions':
      return ids('KPI', query.kpi).map((kpi) => ({ ...query, kpi }));
    case 'lineage':
      return query.kpi ? ids('KPI', query.kpi).map((kpi) => ({ ...query, kpi })) : [query];
    case 'annotations': {
      const kpis = resolvedIds('KPI', expandList(query.kpis ?? [], scopedVars, templateSrv));
      const { kpis: _saved, scorecard: savedCard, journey: savedJourney, ...rest } = query;
      // one scorecard and one journey: several values of a variable are joined, which the server rejects
      const [scorecard] = savedCard ? resolvedIds('Scorecard', [one(savedCard)]) : [];
      const [journey] = savedJourney ? resolvedIds('Journey', [one(savedJourney)]) : [];
      const narrowed = { ...rest, ...(scorecard ? { scorecard } : {}), ...(journey ? { journey } : {}) };
      // No KPI left (none chosen, or a variable set to nothing): annotations of every KPI.
      return [kpis.length > 0 ? { ...narrowed, kpis } : narrowed];
    }
    case 'decision-latency': {
      const { kpi, owner, ...rest } = query;
      const named = { ...rest, ...(owner ? { owner: one(owner) } : {}) };
      // a multi-value KPI variable gives one table per KPI, as for the other query types
      return kpi ? ids('KPI', kpi).map((k) => ({ ...named, kpi: k })) : [named];
    }
    default:
      return [query];
  }
}
