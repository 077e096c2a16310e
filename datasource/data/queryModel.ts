import { type ComboboxOption } from '@grafana/ui';
import { type KpiQuery, type QueryType } from '../types';

/** Query types a panel query can have; annotation and variable queries have editors of their own. */
export type PanelQueryType = Extract<
  QueryType,
  'kpi' | 'scorecard' | 'funnel' | 'catalog' | 'versions' | 'lineage' | 'decision-latency'
>;

export const QUERY_TYPE_OPTIONS: Array<ComboboxOption<PanelQueryType>> = [
  { value: 'kpi', label: 'KPI', description: 'Time series of one KPI, optionally per segment' },
  { value: 'scorecard', label: 'Scorecard', description: 'Scored perspectives, objectives and KPIs, with trends' },
  {
    value: 'funnel',
    label: 'Funnel',
    description: 'Customers reaching each stage of a journey, optionally per segment',
  },
  { value: 'catalog', label: 'Catalog', description: 'Every KPI definition with its governance state' },
  { value: 'versions', label: 'Versions', description: 'Version history of one KPI' },
  { value: 'lineage', label: 'Lineage', description: 'Inputs and users of KPIs, for the Node Graph panel' },
  {
    value: 'decision-latency',
    label: 'Decision latency',
    description: 'Escalations opened in the range: breach → acknowledge → resolve, p50 and p90, per KPI or owner',
  },
];

export const isPanelQueryType = (t: string): t is PanelQueryType => QUERY_TYPE_OPTIONS.some((o) => o.value === t);

/** The same query switched to another type, keeping refId and the fields both types share. */
export function withQueryType(query: KpiQuery, queryType: PanelQueryType): KpiQuery {
  const base = { refId: query.refId, hide: query.hide, datasource: query.datasource };
  const kpi = 'kpi' in query && typeof query.kpi === 'string' ? query.kpi : '';
  const interval = 'interval' in query && query.interval ? { interval: query.interval } : {};
  const definition = 'definition' in query && query.definition ? { definition: query.definition } : {};
  switch (queryType) {
    case 'kpi':
      return { ...base, queryType, kpi, ...interval, ...definition };
    case 'versions':
      return { ...base, queryType, kpi };
    case 'lineage':
      return { ...base, queryType, ...(kpi ? { kpi } : {}) };
    case 'scorecard':
      return { ...base, queryType, scorecard: '', ...interval, ...definition };
    case 'funnel':
      return { ...base, queryType, journey: '' };
    case 'catalog':
      return { ...base, queryType };
    case 'decision-latency':
      return { ...base, queryType, ...(kpi ? { kpi } : {}) };
  }
}
