import { type QueryModel } from '../../../../core/query/models';

/** The provisioned KPI datasource (provisioning/datasources/scorecard.yaml). */
export const KPI_DATASOURCE = { type: 'scorecard-kpi-datasource', uid: 'scorecard-kpi' } as const;

interface ExploreLink {
  kpi: string;
  /** Grafana's sub-path (config.appSubUrl), '' at the root. */
  appSubUrl?: string;
  from?: string;
  to?: string;
}

/** Grafana's Explore URL (schemaVersion 1, one pane) running a `kpi` query for this KPI. */
export function exploreUrl({ kpi, appSubUrl = '', from = 'now-1y', to = 'now' }: ExploreLink): string {
  const query: QueryModel<'kpi'> & { refId: string; datasource: typeof KPI_DATASOURCE } = {
    refId: 'A',
    datasource: KPI_DATASOURCE,
    queryType: 'kpi',
    kpi,
  };
  const panes = { kpi: { datasource: KPI_DATASOURCE.uid, queries: [query], range: { from, to } } };
  return `${appSubUrl}/explore?schemaVersion=1&panes=${encodeURIComponent(JSON.stringify(panes))}&orgId=1`;
}
