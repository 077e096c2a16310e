import { type EscalationListQuery } from '../../../../core/escalation/api';

export const STATE_FILTERS = ['unresolved', 'open', 'acknowledged', 'resolved', 'all'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
const isStateFilter = (s: string): s is StateFilter => (STATE_FILTERS as readonly string[]).includes(s);

/** The newest this many escalations are listed. */
export const LIST_LIMIT = 200;

/** What the page shows, as kept in the URL query (`?state=resolved&kpi=…&owner=…&id=…`); '' = not chosen. */
export interface EscalationsView {
  state: StateFilter;
  kpi: string;
  owner: string;
  /** The escalation whose detail is open. */
  id: string;
}

/** The view from a URL query; an unknown state falls back to unresolved. */
export function viewFromSearch(search: string): EscalationsView {
  const params = new URLSearchParams(search);
  const one = (key: string) => params.get(key)?.trim() ?? '';
  const state = one('state');
  return { state: isStateFilter(state) ? state : 'unresolved', kpi: one('kpi'), owner: one('owner'), id: one('id') };
}

/** The query for locationService.partial; defaults and empty values become null so they leave the URL. */
export function viewToQuery(change: Partial<EscalationsView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(change)) {
    out[key] = value === '' || value === undefined || (key === 'state' && value === 'unresolved') ? null : value;
  }
  return out;
}

/** GET /api/v1/escalations for the view's filters; `all` asks for every state. */
export function listPath(view: Pick<EscalationsView, 'state' | 'kpi' | 'owner'>, limit: number = LIST_LIMIT): string {
  const query: EscalationListQuery = {
    ...(view.state === 'all' ? {} : { state: view.state }),
    ...(view.kpi === '' ? {} : { kpi: view.kpi }),
    ...(view.owner === '' ? {} : { owner: view.owner }),
    limit,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    params.set(key, String(value));
  }
  return `escalations?${params.toString()}`;
}

/** True when the view narrows the list beyond the default (unresolved, any KPI and owner). */
export const isFiltered = (view: EscalationsView) =>
  view.state !== 'unresolved' || view.kpi !== '' || view.owner !== '';
