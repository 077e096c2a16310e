import { type ComboboxOption } from '@grafana/ui';
import { type KpiQuery, type QueryType } from '../types';

export const QUERY_TYPE_OPTIONS: Array<ComboboxOption<QueryType>> = [
  { value: 'kpi', label: 'KPI', description: 'Time series of one KPI' },
  { value: 'scorecard', label: 'Scorecard', description: 'Scored perspectives, objectives and KPIs' },
  { value: 'funnel', label: 'Funnel', description: 'Journey stages with conversion' },
  { value: 'catalog', label: 'Catalog', description: 'All KPI definitions' },
  { value: 'versions', label: 'Versions', description: 'Version history of one KPI' },
  { value: 'lineage', label: 'Lineage', description: 'Inputs and users of KPIs, for the Node Graph panel' },
];

/** The same query switched to another type, keeping refId and the fields both types share. */
export function withQueryType(query: KpiQuery, queryType: QueryType): KpiQuery {
  const base = { refId: query.refId, hide: query.hide, datasource: query.datasource };
  const kpi = 'kpi' in query && typeof query.kpi === 'string' ? query.kpi : '';
  switch (queryType) {
    case 'kpi':
      return { ...base, queryType, kpi };
    case 'versions':
      return { ...base, queryType, kpi };
    case 'lineage':
      return { ...base, queryType, ...(kpi ? { kpi } : {}) };
    case 'scorecard':
      return { ...base, queryType, scorecard: '' };
    case 'funnel':
      return { ...base, queryType, journey: '' };
    case 'catalog':
      return { ...base, queryType };
  }
}
