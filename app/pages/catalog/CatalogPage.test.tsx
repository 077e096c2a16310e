import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { throwError } from 'rxjs';
import { type BackendSrv, type BackendSrvRequest, locationService, setBackendSrv } from '@grafana/runtime';
import { fetchAnswer } from '../../../tests/factories/kpiDatasource';
// Grafana core sets PanelRenderer at start-up; here it names the panel and counts its frames.
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  PanelRenderer: ({ pluginId, data }: { pluginId: string; data?: { series: unknown[]; annotations?: unknown[] } }) => (
    <div>{`${pluginId}: ${data?.series.length ?? 0} frames, ${data?.annotations?.length ?? 0} annotations`}</div>
  ),
}));

import { CATALOG, DUPLICATES } from './data/fixtures';
import { CatalogPage as Page } from './CatalogPage';

// Grafana renders app pages inside its router; TextLink needs one.
const CatalogPage = ({ rest }: { rest: string[] }) => (
  <MemoryRouter>
    <Page rest={rest} />
  </MemoryRouter>
);
import { catalogTestIds as ids } from './testIds';

const PROXY = '/api/plugin-proxy/scorecard-suite-app/viewer/v1/';
const version = (n: number, state: string, calc: unknown, extra = {}) => ({
  kind: 'KPI',
  id: 'customer.nps',
  version: n,
  parent: n === 1 ? null : n - 1,
  hash: 'abc',
  document: { apiVersion: 'scorecard/v1', kind: 'KPI', metadata: { id: 'customer.nps' }, spec: { calculation: calc } },
  author: 'alice',
  message: `change ${n}`,
  createdAt: '2026-01-0' + n + 'T10:00:00.000Z',
  state,
  approver: state === 'approved' ? 'bob' : null,
  decidedAt: state === 'approved' ? '2026-01-0' + n + 'T12:00:00.000Z' : null,
  effectiveFrom: state === 'approved' ? '2026-01-0' + n + 'T12:00:00.000Z' : null,
  ...extra,
});
const measure = { measure: { source: 'crm', aggregate: 'nps', field: 'value', filter: { event: 'nps_response' } } };
const VERSIONS = [version(1, 'approved', measure), version(2, 'approved', measure), version(3, 'proposed', measure)];
const NODES = {
  schema: {
    name: 'nodes',
    meta: { preferredVisualisationType: 'nodeGraph' },
    fields: [{ name: 'id', type: 'string' }],
  },
  data: { values: [['kpi:customer.nps']] },
};
const DIFF = [{ path: 'spec.target', op: 'changed', from: 40, to: 45 }];

function serve(): BackendSrvRequest[] {
  const calls: BackendSrvRequest[] = [];
  const answers: Record<string, unknown> = {
    catalog: CATALOG,
    'kpis/duplicates': DUPLICATES,
    'kpis/customer.nps/versions': VERSIONS,
    'kpis/customer.nps/diff?from=1&to=3': DIFF,
    'kpis/customer.nps/diff?from=2&to=3': [],
    query: { results: { values: { frames: [] }, annotations: { frames: [] }, lineage: { frames: [NODES] } } },
  };
  const fetch = (req: BackendSrvRequest) => {
    calls.push(req);
    const path = req.url.replace(PROXY, '');
    return path in answers
      ? fetchAnswer(answers[path])
      : throwError(() => ({ status: 404, data: { error: { code: 'not_found', message: `no ${path}` } } }));
  };
  setBackendSrv({ fetch } as BackendSrv);
  return calls;
}

const rowIds = () =>
  within(screen.getByTestId(ids.table))
    .queryAllByTestId(/scorecard-catalog-row-/)
    .map((el) => el.getAttribute('data-testid')?.replace('data-testid scorecard-catalog-row-', ''));

describe('CatalogPage list', () => {
  beforeEach(() => act(() => locationService.push('/a/scorecard-suite-app/catalog')));

  it('lists every KPI by name with target in its unit, and the duplicates in words', async () => {
    serve();
    render(<CatalogPage rest={[]} />);
    expect(await screen.findByTestId(ids.count)).toHaveTextContent('3 of 3 KPIs');
    expect(rowIds()).toEqual(['customer.nps', 'ops.cycle-time', 'finance.revenue']);
    const revenue = screen.getByTestId(ids.row('finance.revenue')).closest('tr');
    // 100000 currencyUSD → $100K
    expect(revenue).toHaveTextContent('$100K');
    const pair = await screen.findByTestId(ids.duplicate('customer.nps', 'finance.revenue'));
    expect(pair).toHaveTextContent('Net Promoter Score and Revenue: values correlate r = 0.97 over 12 periods');
    expect(within(pair).getByRole('link', { name: 'Revenue' })).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/catalog/finance.revenue'
    );
  });

  it('narrows the table from the URL (?state=proposed) and writes the search back to the URL', async () => {
    act(() => locationService.push('/a/scorecard-suite-app/catalog?state=proposed'));
    serve();
    render(<CatalogPage rest={[]} />);
    expect(await screen.findByTestId(ids.count)).toHaveTextContent('1 of 3 KPIs');
    expect(rowIds()).toEqual(['customer.nps']);
    act(() => locationService.partial({ state: null }));
    await waitFor(() => expect(screen.getByTestId(ids.count)).toHaveTextContent('3 of 3 KPIs'));
    await userEvent.type(screen.getByTestId(ids.search), 'cfo');
    await waitFor(() => expect(rowIds()).toEqual(['finance.revenue']));
    expect(locationService.getSearchObject().q).toBe('cfo');
  });

  it('filters by indicator with the radio buttons', async () => {
    serve();
    render(<CatalogPage rest={[]} />);
    await screen.findByTestId(ids.table);
    await userEvent.click(within(screen.getByTestId(ids.filter('indicator'))).getByLabelText('Leading'));
    await waitFor(() => expect(rowIds()).toEqual(['ops.cycle-time']));
    expect(locationService.getSearchObject().indicator).toBe('leading');
  });
});

describe('CatalogPage KPI', () => {
  it('shows the definition in words, the versions, and the diff between chosen versions', async () => {
    const calls = serve();
    render(<CatalogPage rest={['customer.nps']} />);
    expect(await screen.findByTestId(ids.kpi.calculation)).toHaveTextContent(
      'Net Promoter Score of value of events `nps_response` in source crm, per month'
    );
    const definition = screen.getByTestId(ids.kpi.definition);
    expect(definition).toHaveTextContent('45 score per month (higher is better)');
    expect(definition).toHaveTextContent('Red flag20 score');
    expect(screen.getByTestId(ids.kpi.version(3))).toHaveTextContent('v3proposedchange 3');
    expect(screen.getByTestId(ids.kpi.version(2))).toHaveTextContent('approved by bob');
    // default comparison v2 → v3: nothing changed
    expect(
      await within(screen.getByTestId(ids.kpi.diff)).findByText(/define the KPI the same way/)
    ).toBeInTheDocument();
    await userEvent.click(within(screen.getByTestId(ids.kpi.diffFrom)).getByRole('combobox'));
    await userEvent.click(await screen.findByRole('option', { name: 'v1' }));
    const diff = screen.getByTestId(ids.kpi.diff);
    expect(await within(diff).findByText('spec.target')).toBeInTheDocument();
    expect(within(diff).getByText('40')).toBeInTheDocument();
    expect(within(diff).getByText('45')).toBeInTheDocument();
    expect(await screen.findByText('nodeGraph: 1 frames, 0 annotations')).toBeInTheDocument();
    const query = calls.find((c) => c.url.endsWith('/v1/query'));
    expect(query?.method).toBe('POST');
    expect(screen.getByTestId(ids.kpi.explore)).toHaveAttribute(
      'href',
      expect.stringContaining('/explore?schemaVersion=1&panes=')
    );
  });

  it('says an unknown KPI is not in the catalog, with a link back', async () => {
    serve();
    render(<CatalogPage rest={['no.such']} />);
    const notFound = await screen.findByTestId(ids.kpi.notFound);
    expect(notFound).toHaveTextContent('KPI "no.such" is not in the catalog');
    expect(within(notFound).getByRole('link', { name: 'Back to the KPI catalog' })).toHaveAttribute(
      'href',
      '/a/scorecard-suite-app/catalog'
    );
  });
});
