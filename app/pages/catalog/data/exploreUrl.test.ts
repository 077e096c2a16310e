import { exploreUrl } from './exploreUrl';

describe('exploreUrl', () => {
  it('opens one Explore pane on the KPI datasource with a kpi query', () => {
    const url = exploreUrl({ kpi: 'customer.nps', appSubUrl: '/grafana' });
    const parsed = new URL(url, 'http://grafana.local');
    expect(parsed.pathname).toBe('/grafana/explore');
    expect(parsed.searchParams.get('schemaVersion')).toBe('1');
    expect(parsed.searchParams.get('orgId')).toBe('1');
    expect(JSON.parse(parsed.searchParams.get('panes') ?? '')).toEqual({
      kpi: {
        datasource: 'scorecard-kpi',
        queries: [
          {
            refId: 'A',
            datasource: { type: 'scorecard-kpi-datasource', uid: 'scorecard-kpi' },
            queryType: 'kpi',
            kpi: 'customer.nps',
          },
        ],
        range: { from: 'now-1y', to: 'now' },
      },
    });
  });

  it('encodes the panes JSON so the URL holds no raw braces or quotes', () => {
    expect(exploreUrl({ kpi: 'a.b' })).toMatch(/^\/explore\?schemaVersion=1&panes=%7B%22kpi%22%3A%7B[^{}"]*&orgId=1$/);
  });
});
