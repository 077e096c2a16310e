import { type CatalogEntry } from '../../../../core/app-api';

export const CATALOG_STATES = ['approved', 'proposed', 'draft', 'retired'] as const;
export type CatalogState = (typeof CATALOG_STATES)[number];

/** The catalog's search and filters, as kept in the URL query. */
export interface CatalogFilters {
  q: string;
  perspective: string[];
  stage: string;
  indicator: '' | 'leading' | 'lagging';
  owner: string;
  /** `key=value`. */
  label: string;
  state: CatalogState[];
}

export const NO_FILTERS: CatalogFilters = {
  q: '',
  perspective: [],
  stage: '',
  indicator: '',
  owner: '',
  label: '',
  state: [],
};

const isState = (s: string): s is CatalogState => CATALOG_STATES.some((known) => known === s);

/** Filters from a URL query such as `?q=nps&state=proposed&state=draft`; unknown values are dropped. */
export function filtersFromSearch(search: string): CatalogFilters {
  const params = new URLSearchParams(search);
  const one = (key: string) => params.get(key)?.trim() ?? '';
  const indicator = one('indicator');
  return {
    q: one('q'),
    perspective: params.getAll('perspective').filter((p) => p !== ''),
    stage: one('stage'),
    indicator: indicator === 'leading' || indicator === 'lagging' ? indicator : '',
    owner: one('owner'),
    label: one('label'),
    state: params.getAll('state').filter(isState),
  };
}

/** The query for locationService.partial: empty filters become null so they leave the URL. */
export function filtersToQuery(f: CatalogFilters): Record<string, string | string[] | null> {
  const text = (v: string) => (v === '' ? null : v);
  const list = (v: string[]) => (v.length === 0 ? null : v);
  return {
    q: text(f.q),
    perspective: list(f.perspective),
    stage: text(f.stage),
    indicator: text(f.indicator),
    owner: text(f.owner),
    label: text(f.label),
    state: list(f.state),
  };
}

function hasLabel(kpi: CatalogEntry, label: string): boolean {
  const at = label.indexOf('=');
  if (at < 0) {
    return label in kpi.labels;
  }
  return kpi.labels[label.slice(0, at).trim()] === label.slice(at + 1).trim();
}

function matchesSearch(kpi: CatalogEntry, q: string): boolean {
  const needle = q.toLowerCase();
  return [kpi.name, kpi.id, kpi.description ?? '', kpi.owner].some((t) => t.toLowerCase().includes(needle));
}

/** The KPIs every filter lets through, by name. */
export function filterKpis(kpis: CatalogEntry[], f: CatalogFilters): CatalogEntry[] {
  return kpis
    .filter(
      (k) =>
        (f.q === '' || matchesSearch(k, f.q)) &&
        (f.perspective.length === 0 || f.perspective.includes(k.perspective)) &&
        (f.stage === '' || k.journeyStage === f.stage) &&
        (f.indicator === '' || k.indicator === f.indicator) &&
        (f.owner === '' || k.owner === f.owner) &&
        (f.label === '' || hasLabel(k, f.label)) &&
        (f.state.length === 0 || f.state.includes(k.state))
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

const distinct = (values: Array<string | null>) =>
  [...new Set(values.filter((v): v is string => v !== null && v !== ''))].sort();

/** What the filter pickers offer: the values the catalog holds. */
export function filterChoices(kpis: CatalogEntry[]) {
  return {
    perspectives: distinct(kpis.map((k) => k.perspective)),
    stages: distinct(kpis.map((k) => k.journeyStage)),
    owners: distinct(kpis.map((k) => k.owner)),
    labels: distinct(kpis.flatMap((k) => Object.entries(k.labels).map(([key, v]) => `${key}=${v}`))),
  };
}
