import { type CatalogEntry } from '../../../../core/app-api';
import { APP_BASE } from '../../../constants';

export const KPI_STATES = ['approved', 'proposed', 'draft', 'retired'] as const;

export interface CountLink {
  key: string;
  label: string;
  count: number;
  href: string;
}

export interface KpiCounts {
  total: number;
  byState: CountLink[];
  byPerspective: CountLink[];
}

const STATE_LABEL: Record<(typeof KPI_STATES)[number], string> = {
  approved: 'Approved',
  proposed: 'Proposed',
  draft: 'Draft',
  retired: 'Retired',
};

const catalogHref = (filter: string, value: string) =>
  `${APP_BASE}/catalog?${new URLSearchParams({ [filter]: value }).toString()}`;

/** KPIs counted by state (every state, zeros kept) and by perspective (by name), each linking to the filtered catalog. */
export function kpiCounts(kpis: readonly CatalogEntry[]): KpiCounts {
  const byState = KPI_STATES.map((state) => ({
    key: state,
    label: STATE_LABEL[state],
    count: kpis.filter((k) => k.state === state).length,
    href: catalogHref('state', state),
  }));
  const perspectives = new Map<string, number>();
  for (const k of kpis) {
    perspectives.set(k.perspective, (perspectives.get(k.perspective) ?? 0) + 1);
  }
  const byPerspective = [...perspectives]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, count]) => ({ key: p, label: p, count, href: catalogHref('perspective', p) }));
  return { total: kpis.length, byState, byPerspective };
}
