import { Alert, Text } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { type KpiDataSource } from '../../datasource';
import { withOptional } from '../../data/editorModel';
import { type KpiQuery } from '../../types';
import { DecisionLatencyQueryFields } from './DecisionLatencyQueryFields';
import { FunnelQueryFields } from './FunnelQueryFields';
import { KpiQueryFields } from './KpiQueryFields';
import { ResourcePicker } from './ResourcePicker';
import { ScorecardQueryFields } from './ScorecardQueryFields';

interface Props {
  datasource: KpiDataSource;
  query: KpiQuery;
  onChange: (query: KpiQuery) => void;
}

/** The fields of the query's type. */
export function QueryFields({ datasource, query, onChange }: Props) {
  switch (query.queryType) {
    case 'kpi':
      return <KpiQueryFields datasource={datasource} query={query} onChange={onChange} />;
    case 'scorecard':
      return <ScorecardQueryFields datasource={datasource} query={query} onChange={onChange} />;
    case 'funnel':
      return <FunnelQueryFields datasource={datasource} query={query} onChange={onChange} />;
    case 'versions':
      return (
        <ResourcePicker
          datasource={datasource}
          list="kpis"
          label="KPI"
          value={query.kpi}
          onChange={(kpi) => onChange({ ...query, kpi })}
        />
      );
    case 'lineage':
      return (
        <ResourcePicker
          datasource={datasource}
          list="kpis"
          label="KPI"
          placeholder="All KPIs, scorecards and journeys"
          tooltip="Only what is connected to this KPI; empty: the whole registry"
          value={query.kpi ?? ''}
          onChange={(kpi) => onChange(withOptional(query, 'kpi', kpi))}
        />
      );
    case 'decision-latency':
      return <DecisionLatencyQueryFields datasource={datasource} query={query} onChange={onChange} />;
    case 'catalog':
      return <Text color="secondary">Every KPI with its definition, owner, version and governance state.</Text>;
    default:
      return (
        <Alert severity="warning" title={`A "${query.queryType}" query`} data-testid={testIds.datasource.queryProblem}>
          This query type belongs to annotations or variables, not to panels. Choose another query type.
        </Alert>
      );
  }
}
